import { chinaToday } from '../../shared/china-today';
import { newId } from '../../security/crypto';
import type { z } from 'zod';
import type { ApplicationStatus } from '../../../../types/applications';
import type { MessageKind, MessageList } from '../../../../types/messages';
import { chinaDate, workingDaysUntil } from '../../../../types/working-days';
import { AppError } from '../../errors';
import { currentStatus } from '../application/application-status';
import type { MessageRow } from './message-repository';
import type { AuthContext, ServiceContext } from '../../service-context';
import { generatePolicyDeadlineReminders } from '../policy/policy-push';

/** 临期提醒 when this many working days or fewer remain before the promised deadline. */
export const REMINDER_WORKING_DAYS = 2;

export async function addMessage(
  ctx: ServiceContext,
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
  await ctx.applications.repos.messages.insert({
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
    created_at: ctx.providers.now().getTime(),
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
export async function generateDeadlineReminders(ctx: ServiceContext, userId: string): Promise<void> {
  const today = chinaToday(ctx);
  for (const row of await ctx.applications.repos.applications.listTopLevel(userId)) {
    const status = await currentStatus(ctx, row);
    if (status !== 'submitted' && status !== 'accepted') continue;
    if (workingDaysUntil(chinaDate(row.submitted_at), row.deadline) <= REMINDER_WORKING_DAYS) continue;
    const remaining = workingDaysUntil(today, row.deadline);
    if (remaining > REMINDER_WORKING_DAYS) continue;
    await addMessage(ctx, {
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

export async function listMessages(ctx: ServiceContext, auth: AuthContext): Promise<z.input<typeof MessageList>> {
  await generateDeadlineReminders(ctx, auth.userId);
  await generatePolicyDeadlineReminders(ctx, auth.userId);
  const { messages } = ctx.applications.repos;
  return { items: (await messages.list(auth.userId)).map(toMessage), unread: await messages.unreadCount(auth.userId) };
}

export async function markMessageRead(ctx: ServiceContext, auth: AuthContext, id: string) {
  if (!(await ctx.applications.repos.messages.markRead(auth.userId, id, ctx.providers.now().getTime()))) {
    throw new AppError('NOT_FOUND', 'No such message');
  }
  return { ok: true as const };
}

export async function markAllMessagesRead(ctx: ServiceContext, auth: AuthContext) {
  await ctx.applications.repos.messages.markAllRead(auth.userId, ctx.providers.now().getTime());
  return { ok: true as const };
}
