/** The English words of real-name-messages.ts, key for key. */
export const en = {
  'realName.title': 'Identity verification',
  'realName.name': 'Name',
  'realName.namePlaceholder': 'As on your ID card',
  'realName.idNumber': 'ID number',
  'realName.idNumberPlaceholder': '18-character resident ID number',
  'realName.submit': 'Verify',
  'realName.success': 'Identity verified',
  'realName.privacy': 'Your identity data is stored encrypted, used only to confirm who you are, and shown masked.',
  'realName.verified': 'Your identity is verified',
};
