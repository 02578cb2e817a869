import type { AuthMessageKey } from './auth-messages';

/** The English words of auth-messages.ts, key for key. */
export const en: Record<AuthMessageKey, string> = {
  'login.title': 'Sign in',
  'login.phone': 'Mobile number',
  'login.phonePlaceholder': '11-digit mobile number',
  'login.code': 'Code',
  'login.codePlaceholder': '6-digit code',
  'login.sendCode': 'Get code',
  'login.resendIn': 'Resend in {seconds}s',
  'login.codeSent': 'Code sent',
  'login.submit': 'Sign in',
  'login.weapp': 'Sign in with WeChat',
  'login.or': 'or sign in with your mobile number',
  'login.success': 'Signed in',
};
