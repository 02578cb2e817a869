import { chinaToday } from '../../shared/china-today';
import { newId } from '../../security/crypto';
import type { z } from 'zod';
import type { ApplicationStatus } from '../../../../types/applications';
import type { MessageKind, MessageList } from '../../../../types/messages';
import { workingDaysUntil } from '../../../../types/working-days';
import { AppError } from '../../errors';
import type { ApplicationRow } from '../application/application-repository';
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
 * 临期提醒 are generated lazily, when the user opens the message centre: every open department
 * application (not a bundle parent) within REMINDER_WORKING_DAYS of its deadline gets one
 * reminder (the dedupe key keeps it to one). No background job is needed for an in-app centre;
 * a push channel would add a periodic sweep calling the same function.
 */
export async function generateDeadlineReminders(ctx: ServiceContext, userId: string): Promise<void> {
  const today = chinaToday(ctx);
  const { applications } = ctx.applications.repos;
  const rows: ApplicationRow[] = [];
  for (const row of await applications.listTopLevel(userId)) {
    if (row.is_bundle) rows.push(...(await applications.listChildren(row.id)));
    else rows.push(row);
  }
  for (const row of rows) {
    if (row.status !== 'submitted' && row.status !== 'accepted') continue;
    const remaining = workingDaysUntil(today, row.deadline);
    if (remaining > REMINDER_WORKING_DAYS) continue;
    await addMessage(ctx, {
      userId,
      kind: 'deadline_near',
      applicationId: row.id,
      serviceName: row.service_name,
      status: row.status,
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
