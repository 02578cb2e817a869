import type { AccountMessageKey } from './account-messages';

/** The English words of account-messages.ts, key for key. */
export const en: Record<AccountMessageKey, string> = {
  'mine.title': 'Me',
  'mine.enterprises': 'My businesses',
  'mine.actingAs': 'Acting as',
  'mine.settings': 'Settings',
  'mine.language': 'Language / 语言',
  'mine.elderMode': 'Large text',
  'mine.logout': 'Sign out',
  'mine.security': 'Account & security',
  'mine.loggedOut': 'Signed out',
  'mine.policies': 'Business support',
  'mine.staffDesk': 'Staff desk',
  'mine.applications': 'My applications',
  'mine.messages': 'Messages',
  'mine.cases': '12345 hotline cases',
  'mine.services': 'My services',

  'profile.verified': 'Identity verified',
  'profile.region': '{region} government services',
  'profile.actingAs': 'Acting for {name}',
  'profile.signedOutTitle': 'Sign in to Tianfu Services',
  'profile.signedOutHint': 'Sign in to apply online, show your code and see your e-certificates',
  'profile.avatar': 'Avatar',
  'settings.title': 'Settings',
  'settings.elderMode': 'Large text',
  'settings.elderModeHint': 'Bigger text and buttons',
  'settings.language': 'Language / 语言',
};
