import { z } from 'zod';
import { IsoDateTime } from './common';
import { ApplicationStatus } from './applications';

/**
 * 消息中心. A message carries its kind and references; the client words it (i18n), so the
 * server never stores sentences in one language.
 */
export const MessageKind = z.enum([
  'application_submitted',
  'application_status',
  /** 临期提醒: ≤ 2 working days before the promised deadline. */
  'deadline_near',
  'rating_follow_up_answered',
  'case_replied',
  /** 惠企政策 (issue 7): a subscribed policy now matches, its window closes within 7 days, 免申即享 granted. */
  'policy_matched',
  'policy_deadline_near',
  'policy_granted',
  /** 一码监督: an inspection was recorded on the enterprise's code (serviceName: the enterprise; deadline: 整改 by). */
  'inspection_recorded',
  /** 一码监督: an unconfirmed 整改 is due within 2 working days. */
  'rectification_due',
  /** 一码监督 复查: the confirmed 整改 was accepted. */
  'rectification_accepted',
  /** 一码监督 复查: the 整改 was not accepted and is due again (deadline: the new one). */
  'rectification_reopened',
]);
export type MessageKind = z.infer<typeof MessageKind>;

export const Message = z.object({
  id: z.string(),
  kind: MessageKind,
  applicationId: z.string().nullable(),
  caseId: z.string().nullable(),
  /** With policy_* kinds: the policy (serviceName carries its title, deadline its closing date). */
  policyId: z.string().nullable().optional(),
  serviceName: z.string().nullable(),
  status: ApplicationStatus.nullable(),
  /** With deadline_near: the promised date and the working days left. */
  deadline: z.string().nullable(),
  remainingWorkingDays: z.number().int().nullable(),
  createdAt: IsoDateTime,
  readAt: IsoDateTime.nullable(),
});
export type Message = z.infer<typeof Message>;

export const MessageList = z.object({ items: z.array(Message), unread: z.number().int() });
export const MessageIdParams = z.object({ id: z.string().min(1).max(64) });
