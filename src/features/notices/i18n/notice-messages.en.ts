import type { NoticeMessageKey } from './notice-messages';

/** The English words of notice-messages.ts, key for key. */
export const en: Record<NoticeMessageKey, string> = {
  'notices.title': 'Notices',
  'notices.all': 'All notices ({n})',
  'notices.empty': 'No notices',
  'notices.emptyHint': 'New services, policy deadlines, service hall hours and maintenance announced by the province and cities appear here',
  'notices.emptyAction': 'Back to home',
  'notices.gone': 'This notice has expired or been withdrawn',
  'notices.published': 'Published: {date}',
  'notices.validUntil': 'Valid until: {date}',
  'notices.issuer': 'Issued by: {name}',
  'notices.openService': 'Apply now',
  'notices.category.new_service': 'New service',
  'notices.category.policy': 'Business policy',
  'notices.category.hall_hours': 'Hall hours',
  'notices.category.maintenance': 'Maintenance',
};
