import type { zhCN } from './zh-CN';

export const en: Record<keyof typeof zhCN, string> = {
  'app.name': 'Tianfu Services',
  'tab.home': 'Home',
  'tab.services': 'Services',
  'tab.code': 'Code',
  'tab.wallet': 'Wallet',
  'tab.mine': 'Me',

  'common.loading': 'Loading…',
  'common.retry': 'Retry',
  'common.submit': 'Submit',
  'common.cancel': 'Cancel',
  'common.confirm': 'OK',
  'common.offline': 'You are offline. Some features are unavailable.',
  'common.notLoggedIn': 'You are not signed in',
  'common.goLogin': 'Sign in',
  'common.comingSoon': 'Coming soon',
  'nav.back': 'Back',
  'nav.home': 'Back to Home',





  'mine.realNameTodo': 'Not verified — verify now',
  'mine.actingAsPerson': 'Myself',
  'mine.phone': 'Mobile',

  'privacyPrompt.title': 'Privacy',
  'privacyPrompt.body': 'This feature needs your personal information (such as photos, camera or location). Read the Privacy Policy and choose; declining only affects this feature.',
  'privacyPrompt.policy': 'Read the Privacy Policy',
  'privacyPrompt.agree': 'Agree',
  'privacyPrompt.disagree': 'Decline',





  'error.VALIDATION_FAILED': 'Some information is not valid. Please check and try again.',
  'error.UNAUTHENTICATED': 'Please sign in first',
  'error.SESSION_EXPIRED': 'Your session has expired. Please sign in again.',
  'error.FORBIDDEN': 'You are not allowed to do this',
  'error.CSRF_TOKEN_INVALID': 'The page is out of date: reload it and try again',
  'error.NOT_FOUND': 'Not found',
  'error.CONFLICT': 'This is already used by another account',
  'error.RATE_LIMITED': 'Too many attempts. Please wait a moment.',
  'error.PAYLOAD_TOO_LARGE': 'What you sent is too large',
  'error.SMS_CODE_INVALID': 'Wrong code',
  'error.SMS_CODE_EXPIRED': 'The code has expired. Please request a new one.',
  'error.SMS_CODE_LOCKED': 'Too many wrong codes. Please request a new one.',
  'error.SMS_SEND_TOO_FREQUENT': 'Codes requested too often. Please wait.',
  'error.WEAPP_LOGIN_FAILED': 'WeChat sign-in failed. Please use your mobile number.',
  'error.REAL_NAME_REQUIRED': 'Please verify your identity first',
  'error.REAL_NAME_MISMATCH': 'The name and ID number could not be verified. Check them; if someone else has used your ID, appeal at a service window with your ID card',
  'error.REAL_NAME_ALREADY_VERIFIED': 'Your identity is already verified',
  'error.ENTERPRISE_NOT_FOUND': 'No business is registered under this credit code',
  'error.ENTERPRISE_ALREADY_BOUND': 'You have already added this business',
  'error.ENTERPRISE_NOT_BOUND': 'You have not added this business',
  'error.INTERNAL': 'The service is unavailable. Please try again later.',
  'error.NETWORK': 'Network error. Please check your connection.',
  'error.TIMEOUT': 'The request timed out. Please try again.',

  'field.MOBILE_INVALID': 'Enter a valid 11-digit mobile number',
  'field.SMS_CODE_FORMAT': 'The code has 6 digits',
  'field.CITIZEN_ID_INVALID': 'This ID number is not valid (check the last character)',
  'field.CREDIT_CODE_INVALID': 'This credit code is not valid (check the last character)',
  'field.PERSON_NAME_INVALID': 'Enter your name as on your ID card',
  'field.CITIZEN_ID_LENGTH': 'An ID number has 18 characters',
  'field.CITIZEN_ID_FORMAT': '17 digits, then a digit or X',
  'field.CITIZEN_ID_BIRTH_DATE': 'The birth date in this ID number (characters 7–14) is not possible',
  'field.CITIZEN_ID_CHECK_DIGIT': 'The last character does not match: check for a mistyped digit',
  'field.PERSON_NAME_LENGTH': 'A name as on the ID card has 2–15 characters',
  'field.PERSON_NAME_CHARACTERS': 'Chinese characters only, with · between the parts of a minority name',
  'field.PERSON_NAME_DOT': 'Put one · between two parts of the name',
  'field.REQUIRED': 'Required',











  'scan.camera': 'Scan',
  'scan.image': 'Choose a picture',
  'scan.failed': 'Scanning failed. Try again.',
  'scan.noCamera': 'Camera unavailable. Choose a picture instead.',
  'scan.noCodeInImage': 'No QR code found in the picture',



  'region.510000': 'Sichuan',
  'region.500000': 'Chongqing',




  'error.ILLEGAL_TRANSITION': 'This cannot be done at the application\'s current stage',
  'error.IDEMPOTENCY_CONFLICT': 'A repeated submission differed from the first. Reload and try again.',
  'error.FILE_TOO_LARGE': 'The file is too large (3 MB at most)',
  'error.FILE_TYPE_NOT_ALLOWED': 'Only JPG, PNG or PDF files are accepted',
  'error.DRAFT_NOT_FOUND': 'No draft found',
  'error.ALREADY_RATED': 'You have already rated this application',
  'error.FORM_NOT_AVAILABLE': 'This service cannot be applied for online yet; please visit a hall',
  'error.UNSUPPORTED_MEDIA_TYPE': 'The app sent data in a form the server does not accept; please update the app',
  'error.NOT_READY': 'The service is starting or under maintenance; please try again shortly',
  'error.BUSY': 'The service is very busy right now and nothing was saved; please try again in a moment',
  'error.STAFF_ROLE_FORBIDDEN': 'Your role may not do this',
  'error.STAFF_OFFICE_FORBIDDEN': 'This belongs to another office',
  'error.CONFLICT_OF_INTEREST': 'This is your own case: another officer handles it',

  // Entry points into features from the tabs and the message centre: they load with the tabs.


  'error.ENTERPRISE_NOT_AUTHORIZED': 'The business has not authorized you for this; ask its legal representative',


  'staff.needLogin': 'Sign in with your staff phone number to use the staff desk',

  'form.choose': 'Choose',
};
