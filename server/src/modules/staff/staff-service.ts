import type { z } from 'zod';
import type { ApplicationStatus, StaffApplicationList, StaffMembership, TransitionAction } from '../../../../types/applications';
import { AppError } from '../../errors';
import type { ApplicationRow } from '../application/application-repository';
import { currentStatus, toDetail, toSummary } from '../application/application-service';
import { formInvalid } from '../application/form-service';
import { addMessage } from '../message/message-service';
import { issueCertificatesOnApproval } from '../certificate/certificate-issuance';
import type { AuthContext, ServiceContext } from '../../service-context';
import { requireStaff } from './staff-access';

/**
 * The state machine of a department application. request_correction and reject need a reason;
 * the applicant's resubmission (补正) is not a staff action and lives in application-service.
 */
const TRANSITIONS: Record<ApplicationStatus, Partial<Record<TransitionAction, ApplicationStatus>>> = {
  submitted: { accept: 'accepted', request_correction: 'correction_requested', reject: 'rejected' },
  accepted: { approve: 'approved', request_correction: 'correction_requested', reject: 'rejected' },
  correction_requested: { reject: 'rejected' },
  approved: {},
  rejected: {},
};
const NEEDS_REASON: ReadonlySet<TransitionAction> = new Set(['request_correction', 'reject']);

export async function getStaffMembership(ctx: ServiceContext, auth: AuthContext): Promise<z.input<typeof StaffMembership>> {
  const staff = await ctx.applications.staffOf(auth.userId);
  return { staff: staff ? { name: staff.name, office: staff.office, role: staff.role } : null };
}

async function staffRow(ctx: ServiceContext, id: string): Promise<ApplicationRow> {
  const row = await ctx.applications.repos.applications.findById(id);
  if (!row) throw new AppError('NOT_FOUND', 'No such application');
  return row;
}

export async function listStaffApplications(
  ctx: ServiceContext,
  auth: AuthContext,
  query: { status?: ApplicationStatus; followUp?: 'open' },
): Promise<z.input<typeof StaffApplicationList>> {
  await requireStaff(ctx, auth);
  const repo = ctx.applications.repos.applications;
  const open = await repo.openFollowUpIds();
  const rows = query.followUp
    ? (await Promise.all([...open].map((id) => repo.findById(id)))).filter((row): row is ApplicationRow => row !== null)
    : await repo.listStaffQueue();
  const all = await Promise.all(
    rows.map(async (row) => ({
      ...(await toSummary(ctx, row)),
      applicantName: (await ctx.repos.realNames.findByUser(row.user_id))?.name_masked ?? null,
      followUpOpen: open.has(row.id),
    })),
  );
  const items = all.filter((item) => !query.status || item.status === query.status);
  return { items };
}

export async function getStaffApplication(ctx: ServiceContext, auth: AuthContext, id: string) {
  await requireStaff(ctx, auth);
  return toDetail(ctx, await staffRow(ctx, id));
}

/** 受理 / 补正告知 / 办结 / 不予受理: audited, and told to the applicant in the message centre. */
export async function transitionApplication(
  ctx: ServiceContext,
  auth: AuthContext,
  id: string,
  body: { action: TransitionAction; reason?: string; fields?: string[] },
) {
  const staff = await requireStaff(ctx, auth);
  const repo = ctx.applications.repos.applications;
  return ctx.db.transaction(async () => {
    const row = await staffRow(ctx, id);
    const from = await currentStatus(ctx, row);
    const to = row.is_bundle ? undefined : TRANSITIONS[from][body.action];
    if (!to) {
      throw new AppError(
        'ILLEGAL_TRANSITION',
        row.is_bundle ? 'A 一件事 moves through its sub-applications' : `Cannot ${body.action} an application that is ${from}`,
        { currentStatus: from },
      );
    }
    if (NEEDS_REASON.has(body.action) && !body.reason) {
      throw new AppError('VALIDATION_FAILED', 'A reason is required', { issues: [{ path: 'reason', code: 'REQUIRED', message: 'Required' }] });
    }
    let correction: string | null = null;
    const now = ctx.providers.now().getTime();
    if (body.action === 'request_correction') {
      const parent = row.parent_id ? await repo.findById(row.parent_id) : null;
      const form = ctx.applications.formFor(parent ? parent.service_code : row.service_code);
      const known = new Set([...(form?.fields ?? []).map((f) => f.id), ...(form?.materials ?? []).map((m) => m.id)]);
      const unknown = (body.fields ?? []).filter((field) => !known.has(field));
      if (unknown.length > 0) throw formInvalid(unknown.map((path) => ({ path: `fields.${path}`, code: 'UNKNOWN_FIELD' })));
      correction = JSON.stringify({ reason: body.reason, fields: body.fields ?? [], requestedAt: new Date(now).toISOString() });
    }
    await repo.setStatus({ id: row.id, status: to, correction_json: correction, updated_at: now });
    if (row.parent_id) await repo.touch(row.parent_id, now);
    // 办结 of a service that yields a certificate issues it to the applicant's wallet (issue 6),
    // in the same transaction as the status change.
    if (to === 'approved') await issueCertificatesOnApproval(ctx, row, now);
    await repo.addEvent({
      application_id: row.id, action: body.action, from_status: from, to_status: to, actor_kind: 'staff',
      actor_user_id: auth.userId, staff_name: staff.name, reason: body.reason ?? null, at: now,
    });
    await addMessage(ctx, {
      userId: row.user_id, kind: 'application_status', applicationId: row.id, serviceName: row.service_name, status: to,
    });
    return toDetail(ctx, await staffRow(ctx, id));
  });
}

/** The answer to a 差评 follow-up, shown to the applicant on the application. */
export async function answerRatingFollowUp(ctx: ServiceContext, auth: AuthContext, id: string, body: { reply: string }) {
  const staff = await requireStaff(ctx, auth);
  const repo = ctx.applications.repos.applications;
  // One transaction: two staff answering at once give one answer and one message.
  return ctx.db.transaction(async () => {
    const row = await staffRow(ctx, id);
    const rating = await repo.findRating(row.id);
    if (!rating || rating.follow_up_status !== 'open') {
      throw new AppError('ILLEGAL_TRANSITION', 'No open follow-up on this application', { currentStatus: rating?.follow_up_status ?? 'none' });
    }
    await repo.answerFollowUp({ id: row.id, reply: body.reply, staff: staff.name, at: ctx.providers.now().getTime() });
    await addMessage(ctx, { userId: row.user_id, kind: 'rating_follow_up_answered', applicationId: row.id, serviceName: row.service_name });
    return toDetail(ctx, row);
  });
}
