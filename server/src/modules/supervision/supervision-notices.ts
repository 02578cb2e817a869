import { chinaDate, workingDaysUntil } from '../../../../types/working-days';
import { newId } from '../../security/crypto';
import { bindDeps } from '../../shared/bind-deps';
import type { EnterpriseAccess } from '../enterprise/enterprise-authority';
import type { BoundEnterpriseRow, EnterpriseRepository } from '../enterprise/enterprise-repository';
import type { MessageRepository } from '../message/message-repository';
import type { InspectionRow, SupervisionRepository } from './supervision-repository';

/**
 * 消息中心 notices of 一码监督 for the enterprise's people who see its inspections — its legal
 * representative and the agents holding its 企业码 scope: an inspection recorded on its code,
 * and a 整改 deadline drawing near.
 */
export interface SupervisionNoticeDeps {
  now: () => Date;
  enterpriseRepository: Pick<EnterpriseRepository, 'listBoundToUser' | 'listBindingsOf'>;
  enterpriseAccess: Pick<EnterpriseAccess, 'hasEnterpriseScope'>;
  supervisionRepository: Pick<SupervisionRepository, 'listForEnterprise'>;
  messageRepository: Pick<MessageRepository, 'insert'>;
}

type SupervisionNoticeKind = 'inspection_recorded' | 'rectification_due' | 'rectification_accepted' | 'rectification_reopened';

/** A 整改 reminder when this many working days or fewer remain, as for an application's 临期提醒. */
export const RECTIFY_REMINDER_WORKING_DAYS = 2;

async function seesInspections(deps: SupervisionNoticeDeps, userId: string, binding: Pick<BoundEnterpriseRow, 'id' | 'role' | 'credit_code'>): Promise<boolean> {
  return binding.role === 'legal_representative' || deps.enterpriseAccess.hasEnterpriseScope(userId, binding, 'service_code');
}

async function notice(
  deps: SupervisionNoticeDeps,
  message: { userId: string; kind: SupervisionNoticeKind; row: InspectionRow; remainingDays?: number; dedupeKey: string },
): Promise<void> {
  await deps.messageRepository.insert({
    id: newId('msg'),
    user_id: message.userId,
    kind: message.kind,
    application_id: null,
    case_id: null,
    service_name: message.row.enterprise_name,
    status: null,
    deadline: message.row.rectify_by,
    remaining_days: message.remainingDays ?? null,
    dedupe_key: message.dedupeKey,
    created_at: deps.now().getTime(),
  });
}

/** Tells the enterprise's people that an inspection was recorded on its code (and by when to rectify). */
export async function noticeInspectionRecorded(deps: SupervisionNoticeDeps, row: InspectionRow): Promise<void> {
  for (const binding of await deps.enterpriseRepository.listBindingsOf(row.enterprise_id)) {
    if (!(await seesInspections(deps, binding.user_id, binding))) continue;
    await notice(deps, { userId: binding.user_id, kind: 'inspection_recorded', row, dedupeKey: `inspection:${row.id}:${binding.user_id}` });
  }
}

/**
 * Tells the enterprise's people the 复查 result: accepted, or reopened — the notice then carries
 * the new deadline (the row is read after the review).
 */
export async function noticeRectificationReviewed(deps: SupervisionNoticeDeps, row: InspectionRow, review: { result: 'accepted' } | { result: 'not_accepted'; roundId: string }): Promise<void> {
  const kind = review.result === 'accepted' ? 'rectification_accepted' : 'rectification_reopened';
  // An inspection is accepted once, but may be reopened more than once: each round is its own notice.
  const occasion = review.result === 'accepted' ? 'accepted' : review.roundId;
  for (const binding of await deps.enterpriseRepository.listBindingsOf(row.enterprise_id)) {
    if (!(await seesInspections(deps, binding.user_id, binding))) continue;
    await notice(deps, { userId: binding.user_id, kind, row, dedupeKey: `review:${row.id}:${occasion}:${binding.user_id}` });
  }
}

/**
 * 整改 reminders, generated when the user opens the message centre (like an application's
 * 临期提醒): each unconfirmed 整改 of an enterprise they see, due within
 * RECTIFY_REMINDER_WORKING_DAYS working days, once per inspection.
 */
export async function generateRectificationReminders(deps: SupervisionNoticeDeps, userId: string): Promise<void> {
  const today = chinaDate(deps.now().getTime());
  for (const enterprise of await deps.enterpriseRepository.listBoundToUser(userId)) {
    if (!(await seesInspections(deps, userId, enterprise))) continue;
    for (const row of await deps.supervisionRepository.listForEnterprise(enterprise.id)) {
      if (!row.rectify_by || row.rectified_at !== null) continue;
      const remaining = workingDaysUntil(today, row.rectify_by);
      if (remaining < 0 || remaining > RECTIFY_REMINDER_WORKING_DAYS) continue;
      // Once per deadline: a reopened 整改 is reminded of again before its new one.
      await notice(deps, { userId, kind: 'rectification_due', row, remainingDays: remaining, dedupeKey: `rectify:${row.id}:${row.rectify_by}:${userId}` });
    }
  }
}

export function createSupervisionNotices(deps: SupervisionNoticeDeps) {
  return bindDeps(deps, { noticeInspectionRecorded, noticeRectificationReviewed, generateRectificationReminders });
}

export type SupervisionNotices = ReturnType<typeof createSupervisionNotices>;
