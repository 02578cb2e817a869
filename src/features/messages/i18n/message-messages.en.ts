import type { MessageCentreKey } from './message-messages';

/** The English words of message-messages.ts, key for key. */
export const en: Record<MessageCentreKey, string> = {
  'message.policy_matched': 'A new policy "{name}" matches your business',
  'message.policy_deadline_near': 'The deadline for "{name}" is near',
  'message.policy_granted': '"{name}" was granted to your business automatically',
  'status.submitted': 'Submitted',
  'status.accepted': 'Accepted',
  'status.correction_requested': 'Needs changes',
  'status.approved': 'Completed',
  'status.rejected': 'Not accepted',
  'messages.title': 'Messages',
  'messages.empty': 'No messages',
  'messages.emptyHint': 'Receipts, decisions, deadline reminders and replies from departments arrive here',
  'messages.emptyAction': 'Find a service',
  'message.application_submitted': 'Your application "{name}" was submitted',
  'message.application_status': 'Your application "{name}" is now: {status}',
  'message.deadline_near': '"{name}" is due by {date}: {n} working days left',
  'message.rating_follow_up_answered': 'The department replied to your rating of "{name}"',
  'message.case_replied': 'Your 12345 case has a new reply',
  'message.inspection_recorded': 'An inspection of "{name}" was recorded: see the result and what to fix',
  'message.rectification_due': 'Rectification for "{name}" is due by {date}: {n} working days left',
  'message.rectification_accepted': 'The follow-up check accepted the rectification of "{name}"',
  'message.rectification_reopened': 'The follow-up check did not accept the rectification of "{name}": rectify again and confirm by {date}',
  'message.other': 'You have a new message',
};
