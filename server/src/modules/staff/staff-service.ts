import type { z } from 'zod';
import type {
  ApplicationStatus, StaffApplicationDetail, StaffApplicationList, StaffMaterial, StaffMembership, TransitionAction,
} from '../../../../types/applications';
import { isMaterialValue } from '../../../../types/form-engine';
import type { StaffAuditList, StaffMemberList, StaffProfile, StaffRole } from '../../../../types/staff';
import { AppError } from '../../errors';
import type { ApplicationRow } from '../application/application-repository';
import { currentStatus } from '../application/application-status';
import { formInvalid, loginPhone } from '../application/form-service';
import { toUpload } from '../application/upload-service';
import { openFormValues } from '../../shared/personal-data';
import type { AuthContext } from '../identity/auth-context';
import type { StaffDeps } from './staff-deps';
import { regionPrefix } from '../application/application-routing';
import {
  officeTakes, ownUserIds, recordStaffAction, requireApplicationHandler, requireStaff, routedRegion,
} from './staff-access';
import type { StaffRow } from './staff-repository';
import { regionNameOf } from './staff-regions';

/** Who works on applications: a reviewer in their office, a supervisor across the region. */
const APPLICATION_ROLES: readonly StaffRole[] = ['reviewer', 'supervisor'];

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

export function toStaffProfile(staff: StaffRow): z.input<typeof StaffProfile> {
  return {
    id: staff.id, name: staff.name, role: staff.role, office: staff.office,
    region: staff.region, regionName: regionNameOf(staff.region), department: staff.department,
  };
}

export async function getStaffMembership(deps: StaffDeps, auth: AuthContext): Promise<z.input<typeof StaffMembership>> {
  const staff = await deps.staffDirectory.staffOf(auth.userId);
  return { staff: staff ? toStaffProfile(staff) : null };
}

async function staffRow(deps: StaffDeps, id: string): Promise<ApplicationRow> {
  const row = await deps.applicationRepository.findById(id);
  if (!row) throw new AppError('NOT_FOUND', 'No such application');
  return row;
}

/**
 * The caller's queue: the applications routed to their office, never their own (回避: those
 * stay with the other reviewers of the office and the region's supervisor).
 */
export async function listStaffApplications(
  deps: StaffDeps,
  auth: AuthContext,
  query: { status?: ApplicationStatus; followUp?: 'open' },
): Promise<z.input<typeof StaffApplicationList>> {
  const staff = await requireStaff(deps, auth, APPLICATION_ROLES);
  const repo = deps.applicationRepository;
  const open = await repo.openFollowUpIds();
  const own = await ownUserIds(deps, auth.userId);
  const rows = query.followUp
    ? (await Promise.all([...open].map((id) => repo.findById(id)))).filter((row): row is ApplicationRow => row !== null)
    : await repo.listStaffQueue(regionPrefix(staff.region));
  const mine = rows.filter((row) => officeTakes(deps, staff, row) && !own.has(row.user_id));
  const all = await Promise.all(
    mine.map(async (row) => ({
      ...(await deps.applications.toSummary( row)),
      applicantName: (await deps.realNameRepository.findByUser(row.user_id))?.name_masked ?? null,
      followUpOpen: open.has(row.id),
      routedRegion: routedRegion(deps, row),
      assignedStaffId: row.assigned_staff_id,
    })),
  );
  const items = all.filter((item) => !query.status || item.status === query.status);
  return { items };
}

/** The applicant as their real-name record holds them: the officer compares it with the materials. */
async function applicantInFull(deps: StaffDeps, userId: string): Promise<z.input<typeof StaffApplicationDetail>['applicant']> {
  const realName = await deps.realNameRepository.findByUser(userId);
  const idNumberEnc = realName ? await deps.realNameRepository.findIdNumberEnc(userId) : null;
  if (!realName || !idNumberEnc) return null;
  return {
    name: deps.crypto.decrypt('person-name', realName.name_enc),
    idNumber: deps.crypto.decrypt('id-number', idNumberEnc),
    phone: await loginPhone(deps, userId),
  };
}

/**
 * Opening an application for review is itself audited (who read whose file, and when): the
 * officer of its office sees the applicant in full, since checking them is the job.
 */
export async function getStaffApplication(deps: StaffDeps, auth: AuthContext, id: string): Promise<z.input<typeof StaffApplicationDetail>> {
  const staff = await requireStaff(deps, auth, APPLICATION_ROLES);
  const row = await staffRow(deps, id);
  await requireApplicationHandler(deps, auth, staff, row);
  await recordStaffAction(deps, auth, staff, { action: 'view', targetKind: 'application', targetId: row.id, targetRegion: routedRegion(deps, row) });
  return { ...(await deps.applications.toDetail( row)), applicant: await applicantInFull(deps, row.user_id) };
}

/** Upload ids an application's values cite: material slots and photo fields alike. */
function citedUploadIds(values: Record<string, unknown>): Set<string> {
  const ids = new Set<string>();
  for (const value of Object.values(values)) {
    if (isMaterialValue(value) && value.source === 'upload') value.uploadIds.forEach((uploadId) => ids.add(uploadId));
    // A photo field holds its upload ids as a list of strings (an option list never names an upload of the applicant's).
    else if (Array.isArray(value)) value.forEach((item) => typeof item === 'string' && ids.add(item));
  }
  return ids;
}

/**
 * 查看材料: an uploaded file, for the officer who may open the application citing it (the same
 * role, office and 回避 checks), and only a file that application cites — an upload id alone
 * opens nothing. Each opening is audited like a view.
 */
export async function getStaffApplicationMaterial(
  deps: StaffDeps,
  auth: AuthContext,
  id: string,
  uploadId: string,
): Promise<z.input<typeof StaffMaterial>> {
  const staff = await requireStaff(deps, auth, APPLICATION_ROLES);
  const row = await staffRow(deps, id);
  await requireApplicationHandler(deps, auth, staff, row);
  const uploads = deps.uploadRepository;
  const upload = citedUploadIds(openFormValues(deps.crypto, row.values_json)).has(uploadId) ? await uploads.findOwned(row.user_id, uploadId) : null;
  const bytes = upload ? await uploads.readContent(upload.id) : null;
  if (!upload || !bytes) throw new AppError('NOT_FOUND', 'This application cites no such file');
  await recordStaffAction(deps, auth, staff, {
    action: 'material_view', targetKind: 'application', targetId: row.id, targetRegion: routedRegion(deps, row), reason: upload.id,
  });
  return {
    upload: toUpload(upload),
    dataBase64: bytes.toString('base64'),
  };
}

/** 受理 / 补正告知 / 办结 / 不予受理: audited, and told to the applicant in the message centre. */
export async function transitionApplication(
  deps: StaffDeps,
  auth: AuthContext,
  id: string,
  body: { action: TransitionAction; reason?: string; fields?: string[] },
) {
  const staff = await requireStaff(deps, auth, APPLICATION_ROLES);
  const repo = deps.applicationRepository;
  return deps.db.transaction(async () => {
    const row = await staffRow(deps, id);
    await requireApplicationHandler(deps, auth, staff, row);
    const from = await currentStatus(deps, row);
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
    const now = deps.now().getTime();
    if (body.action === 'request_correction') {
      const parent = row.parent_id ? await repo.findById(row.parent_id) : null;
      const form = deps.forms.formFor(parent ? parent.service_code : row.service_code);
      const known = new Set([...(form?.fields ?? []).map((f) => f.id), ...(form?.materials ?? []).map((m) => m.id)]);
      const unknown = (body.fields ?? []).filter((field) => !known.has(field));
      if (unknown.length > 0) throw formInvalid(unknown.map((path) => ({ path: `fields.${path}`, code: 'UNKNOWN_FIELD' })));
      correction = JSON.stringify({ reason: body.reason, fields: body.fields ?? [], requestedAt: new Date(now).toISOString() });
    }
    await repo.setStatus({ id: row.id, status: to, correction_json: correction, updated_at: now });
    if (row.parent_id) await repo.touch(row.parent_id, now);
    // 办结 of a service that yields a certificate issues it to the applicant's wallet (issue 6),
    // in the same transaction as the status change.
    if (to === 'approved') {
      await deps.certificateIssuance.issueCertificatesOnApproval( row, now);
      // 企业开办: the 电子印章 comes with the 电子营业执照 just issued.
      await deps.sealIssuance.issueSealOnApproval( row, now);
    }
    await repo.addEvent({
      application_id: row.id, action: body.action, from_status: from, to_status: to, actor_kind: 'staff',
      actor_user_id: auth.userId, staff_name: staff.name, reason: body.reason ?? null, at: now,
    });
    await recordStaffAction(deps, auth, staff, {
      action: body.action, targetKind: 'application', targetId: row.id, targetRegion: routedRegion(deps, row), reason: body.reason,
    });
    await deps.messages.addMessage({
      userId: row.user_id, kind: 'application_status', applicationId: row.id, serviceName: row.service_name, status: to,
    });
    return deps.applications.toDetail( await staffRow(deps, id));
  });
}

/** The answer to a 差评 follow-up, shown to the applicant on the application. */
export async function answerRatingFollowUp(deps: StaffDeps, auth: AuthContext, id: string, body: { reply: string }) {
  const staff = await requireStaff(deps, auth, APPLICATION_ROLES);
  const repo = deps.applicationRepository;
  // One transaction: two staff answering at once give one answer and one message.
  return deps.db.transaction(async () => {
    const row = await staffRow(deps, id);
    await requireApplicationHandler(deps, auth, staff, row);
    const rating = await repo.findRating(row.id);
    if (!rating || rating.follow_up_status !== 'open') {
      throw new AppError('ILLEGAL_TRANSITION', 'No open follow-up on this application', { currentStatus: rating?.follow_up_status ?? 'none' });
    }
    await repo.answerFollowUp({ id: row.id, reply: body.reply, staff: staff.name, at: deps.now().getTime() });
    await recordStaffAction(deps, auth, staff, {
      action: 'follow_up_reply', targetKind: 'application', targetId: row.id, targetRegion: routedRegion(deps, row), reason: body.reply,
    });
    await deps.messages.addMessage({ userId: row.user_id, kind: 'rating_follow_up_answered', applicationId: row.id, serviceName: row.service_name });
    return deps.applications.toDetail( row);
  });
}

/**
 * 改派 (supervisor): one reviewer of the application's office takes it over, e.g. when the
 * reviewer it sat with must recuse himself. The assignee must take the office's department and
 * region, and must not be the applicant.
 */
export async function reassignApplication(deps: StaffDeps, auth: AuthContext, id: string, body: { staffId: string; reason: string }) {
  const supervisor = await requireStaff(deps, auth, ['supervisor']);
  const repo = deps.applicationRepository;
  const staffRepo = deps.staffRepository;
  return deps.db.transaction(async () => {
    const row = await staffRow(deps, id);
    await requireApplicationHandler(deps, auth, supervisor, row);
    if (row.is_bundle) throw new AppError('ILLEGAL_TRANSITION', 'Assign the sub-applications of a 一件事', { currentStatus: await currentStatus(deps, row) });
    const assignee = await staffRepo.findById(body.staffId);
    if (!assignee || assignee.role !== 'reviewer') {
      throw new AppError('VALIDATION_FAILED', 'Not a reviewer', { issues: [{ path: 'staffId', code: 'NOT_A_REVIEWER', message: 'Not a reviewer' }] });
    }
    if (!officeTakes(deps, assignee, { ...row, assigned_staff_id: null })) {
      throw new AppError('STAFF_OFFICE_FORBIDDEN', "The application is not routed to this reviewer's office");
    }
    const assigneeUser = await staffRepo.userIdOfPhoneHash(deps.crypto.hmac('phone', assignee.phone));
    if (assigneeUser && (await ownUserIds(deps, assigneeUser)).has(row.user_id)) {
      throw new AppError('CONFLICT_OF_INTEREST', 'The reviewer is the applicant');
    }
    const now = deps.now().getTime();
    await repo.assign({ id: row.id, staff_id: assignee.id, updated_at: now });
    await recordStaffAction(deps, auth, supervisor, {
      action: 'reassign', targetKind: 'application', targetId: row.id, targetRegion: routedRegion(deps, row), reason: `${assignee.id}: ${body.reason}`,
    });
    return deps.applications.toDetail( await staffRow(deps, id));
  });
}

/** The staff of the supervisor's region (to choose an assignee). */
export async function listStaffMembers(deps: StaffDeps, auth: AuthContext): Promise<z.input<typeof StaffMemberList>> {
  const supervisor = await requireStaff(deps, auth, ['supervisor']);
  const prefix = regionPrefix(supervisor.region);
  const items = (await deps.staffRepository.listAll()).filter((member) => member.region.startsWith(prefix));
  return { items: items.map(toStaffProfile) };
}

/** The audit of the supervisor's region: what its staff did, and what anyone did to its matters. */
export async function listStaffAudit(deps: StaffDeps, auth: AuthContext, query: { limit: number }): Promise<z.input<typeof StaffAuditList>> {
  const supervisor = await requireStaff(deps, auth, ['supervisor']);
  const repo = deps.staffRepository;
  const names = new Map((await repo.listAll()).map((member) => [member.id, member.name]));
  const rows = await repo.listAudit(regionPrefix(supervisor.region), query.limit);
  return {
    items: rows.map((row) => ({
      id: Number(row.id),
      at: new Date(Number(row.at)).toISOString(),
      staffId: row.staff_id,
      staffName: names.get(row.staff_id) ?? null,
      role: row.role as StaffRole,
      region: row.region,
      department: row.department,
      action: row.action as z.input<typeof StaffAuditList>['items'][number]['action'],
      targetKind: row.target_kind,
      targetId: row.target_id,
      targetRegion: row.target_region,
      reason: row.reason,
      refused: row.refused,
    })),
  };
}
