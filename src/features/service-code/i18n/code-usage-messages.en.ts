/** The English words of code-usage-messages.ts, key for key. */
export const en = {
  'usage.title': 'Where my code was used',
  'usage.empty': 'No records yet',
  'usage.read': 'Read',
  'usage.readNothing': 'Validity only',
  'scope.fullName': 'Name',
  'scope.maskedIdNumber': 'ID number (masked)',
  'scope.maskedPhone': 'Mobile (masked)',
  'scope.enterprise': 'Business details',
  'verifierKind.window': 'Service window',
  'verifierKind.hotel': 'Hotel',
  'verifierKind.transit': 'Transport',
};
