import { chinaToday } from '../../shared/china-today';
import { newId } from '../../security/crypto';
import type { z } from 'zod';
import type { ApplicationStatus } from '../../../../types/applications';
import type { MessageKind, MessageList } from '../../../../types/messages';
import { chinaDate, workingDaysUntil } from '../../../../types/working-days';
import { AppError } from '../../errors';
import { currentStatus } from '../application/application-status';
import type { MessageRow } from './message-repository';
import type { AuthContext } from '../identity/auth-context';
import { bindDeps } from '../../shared/bind-deps';
import type { MessageDeps } from './message-deps';

/** 临期提醒 when this many working days or fewer remain before the promised deadline. */
export const REMINDER_WORKING_DAYS = 2;

export async function addMessage(
  deps: MessageDeps,
  message: {
    userId: string;
    kind: MessageKind;
    applicationId?: string | null;
    caseId?: string | null;
    serviceName?: string | null;
    status?: ApplicationStatus | null;
    deadline?: string | null;
    remainingDays?: number | null;
    dedupeKey?: string | null;
  },
): Promise<void> {
  await deps.messageRepository.insert({
    id: newId('msg'),
    user_id: message.userId,
    kind: message.kind,
    application_id: message.applicationId ?? null,
    case_id: message.caseId ?? null,
    service_name: message.serviceName ?? null,
    status: message.status ?? null,
    deadline: message.deadline ?? null,
    remaining_days: message.remainingDays ?? null,
    dedupe_key: message.dedupeKey ?? null,
    created_at: deps.now().getTime(),
  });
}

/**
 * 临期提醒 are generated lazily, when the user opens the message centre: every open application
 * within REMINDER_WORKING_DAYS of its deadline gets one reminder (the dedupe key keeps it to one).
 * A 一件事 bundle is one promise to the resident, so it is reminded of as a whole, by its own
 * deadline (its parts are never due later). An application promised within the reminder window
 * to begin with (即办, or 1–2 days) gets none: its receipt already said so, and "0 days left"
 * right after submitting would read as an alarm. No background job is needed for an in-app
 * centre; a push channel would add a periodic sweep calling the same function.
 */
export async function generateDeadlineReminders(deps: MessageDeps, userId: string): Promise<void> {
  const today = chinaToday(deps);
  for (const row of await deps.applicationRepository.listTopLevel(userId)) {
    const status = await currentStatus(deps, row);
    if (status !== 'submitted' && status !== 'accepted') continue;
    if (workingDaysUntil(chinaDate(row.submitted_at), row.deadline) <= REMINDER_WORKING_DAYS) continue;
    const remaining = workingDaysUntil(today, row.deadline);
    if (remaining > REMINDER_WORKING_DAYS) continue;
    await addMessage(deps, {
      userId,
      kind: 'deadline_near',
      applicationId: row.id,
      serviceName: row.service_name,
      status,
      deadline: row.deadline,
      remainingDays: remaining,
      dedupeKey: `deadline:${row.id}`,
    });
  }
}

function toMessage(row: MessageRow) {
  return {
    id: row.id,
    kind: row.kind as MessageKind,
    applicationId: row.application_id,
    caseId: row.case_id,
    policyId: row.policy_id ?? null,
    serviceName: row.service_name,
    status: row.status as ApplicationStatus | null,
    deadline: row.deadline,
    remainingWorkingDays: row.remaining_days,
    createdAt: new Date(row.created_at).toISOString(),
    readAt: row.read_at === null ? null : new Date(row.read_at).toISOString(),
  };
}

export async function listMessages(deps: MessageDeps, auth: AuthContext): Promise<z.input<typeof MessageList>> {
  await generateDeadlineReminders(deps, auth.userId);
  await deps.policyReminders.generatePolicyDeadlineReminders(auth.userId);
  await deps.supervisionReminders.generateRectificationReminders(auth.userId);
  const messages = deps.messageRepository;
  return { items: (await messages.list(auth.userId)).map(toMessage), unread: await messages.unreadCount(auth.userId) };
}

export async function markMessageRead(deps: MessageDeps, auth: AuthContext, id: string) {
  if (!(await deps.messageRepository.markRead(auth.userId, id, deps.now().getTime()))) {
    throw new AppError('NOT_FOUND', 'No such message');
  }
  return { ok: true as const };
}

export async function markAllMessagesRead(deps: MessageDeps, auth: AuthContext) {
  await deps.messageRepository.markAllRead(auth.userId, deps.now().getTime());
  return { ok: true as const };
}

/** What other modules call to leave the user a notice. */
export function createMessageService(deps: MessageDeps) {
  return bindDeps(deps, { addMessage });
}

export type MessageService = ReturnType<typeof createMessageService>;
