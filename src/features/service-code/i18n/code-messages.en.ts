/** The English words of code-messages.ts, key for key. */
export const en = {
  'code.title': 'Service Code',
  'code.needLogin': 'Sign in and verify your identity to show your service code',
  'code.needRealName': 'Verify your identity to show your service code',
  'code.hint': 'Show this code at a service window, hotel or transit gate to prove who you are',
  'code.person': 'Personal',
  'code.enterprise': 'Business',
  'code.qrLabel': 'Service code QR',
  'code.refreshIn': 'Refreshes in {seconds}s',
  'code.offline': 'Offline: showing a code signed in advance; it still verifies',
  'code.offlineEmpty': 'No network and no code stored on this phone. Connect and try again.',
  'code.creditRating': 'Credit rating',
  'code.licences': 'Licences',
  'code.captureTitle': 'Please do not capture your code',
  'code.captureWarning': 'Your service code stands for you. A screenshot passed on could be misused. Show this page itself.',
  'code.usage': 'Where my code was used',
  'code.scan': 'Scan to verify (windows, hotels, gates)',
};
