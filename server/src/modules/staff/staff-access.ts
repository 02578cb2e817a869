import type { FastifyInstance } from 'fastify';
import type { EndpointName } from '../../../../types/api';
import { StaffRefusalCode, type StaffAuditAction, type StaffRole } from '../../../../types/staff';
import { AppError } from '../../errors';
import { bindDeps } from '../../shared/bind-deps';
import type { AuthContext } from '../identity/auth-context';
import type { ApplicationRow } from '../application/application-repository';
import { defaultOfficeRegion, regionCoversTarget, routedRegionOf } from '../application/application-routing';
import type { StaffAccessDeps } from './staff-deps';
import type { StaffRow } from './staff-repository';

/**
 * The caller's staff record, or 403: every back-office read and action starts here, naming the
 * roles that may do it (FORBIDDEN for a non-staff caller, STAFF_ROLE_FORBIDDEN for another role).
 */
export async function requireStaff(deps: StaffAccessDeps, auth: AuthContext, roles: readonly StaffRole[]): Promise<StaffRow> {
  const staff = await deps.staffDirectory.staffOf(auth.userId);
  if (!staff) throw new AppError('FORBIDDEN', 'Back-office staff only');
  if (!roles.includes(staff.role)) throw new AppError('STAFF_ROLE_FORBIDDEN', `A ${staff.role} may not do this`);
  return staff;
}

/** The office region an application is routed to (rows from before routing go to the default office). */
export function routedRegion(deps: StaffAccessDeps, row: ApplicationRow): string {
  return row.routed_region ?? defaultOfficeRegion(deps.config.region);
}

/**
 * Whether the application is in this staff member's queue by office: a reviewer's region and
 * department (a 综合窗口 takes every department), and, once a supervisor assigned it, only the
 * assignee; a supervisor takes every application of the region.
 */
export function officeTakes(deps: StaffAccessDeps, staff: StaffRow, row: ApplicationRow): boolean {
  if (!regionCoversTarget(staff.region, routedRegion(deps, row))) return false;
  if (staff.role === 'supervisor') return true;
  if (staff.role !== 'reviewer') return false;
  if (staff.department !== null && staff.department !== row.department) return false;
  return row.assigned_staff_id === null || row.assigned_staff_id === staff.id;
}

/** A 一件事 as a whole is open to every office that takes one of its sub-applications (its form and rating). */
async function officeTakesOrPart(deps: StaffAccessDeps, staff: StaffRow, row: ApplicationRow): Promise<boolean> {
  if (officeTakes(deps, staff, row)) return true;
  if (!row.is_bundle) return false;
  return (await deps.applicationRepository.listChildren(row.id)).some((child) => officeTakes(deps, staff, child));
}

/** The users whose matters this staff member must not handle (回避): their own accounts. */
export async function ownUserIds(deps: StaffAccessDeps, userId: string): Promise<Set<string>> {
  return (await deps.staffRepository.identityOf(userId)).userIds;
}

/** 403 STAFF_OFFICE_FORBIDDEN outside the office, 403 CONFLICT_OF_INTEREST for the staff member's own application. */
export async function requireApplicationHandler(deps: StaffAccessDeps, auth: AuthContext, staff: StaffRow, row: ApplicationRow): Promise<void> {
  if (!(await officeTakesOrPart(deps, staff, row))) throw new AppError('STAFF_OFFICE_FORBIDDEN', 'This application is routed to another office');
  if ((await ownUserIds(deps, auth.userId)).has(row.user_id)) {
    throw new AppError('CONFLICT_OF_INTEREST', 'A staff member does not handle their own application; another officer of the office does');
  }
}

/** One audit row: who (staff id, user, role, office), what, on what, why, when. */
export async function recordStaffAction(
  deps: StaffAccessDeps,
  auth: AuthContext,
  staff: StaffRow,
  entry: {
    action: StaffAuditAction;
    targetKind: 'application' | 'case' | 'certificate';
    targetId: string;
    targetRegion: string | null;
    reason?: string | null;
    refused?: StaffRefusalCode;
  },
): Promise<void> {
  await deps.staffRepository.addAudit({
    staff_id: staff.id,
    user_id: auth.userId,
    role: staff.role,
    region: staff.region,
    department: staff.department,
    action: entry.action,
    target_kind: entry.targetKind,
    target_id: entry.targetId,
    target_region: entry.targetRegion,
    reason: entry.reason ?? null,
    refused: entry.refused ?? null,
    at: deps.now().getTime(),
  });
}

type TargetKind = 'application' | 'case' | 'certificate';

/** What a back-office operation attempts, for the audit of a refused attempt; null: not a matter's. */
function attemptOf(operation: EndpointName, body: unknown): { action: StaffAuditAction; targetKind: TargetKind } | null {
  const given = (body ?? {}) as { action?: StaffAuditAction; close?: boolean; status?: string };
  switch (operation) {
    case 'listStaffApplications':
    case 'getStaffApplication':
      return { action: 'view', targetKind: 'application' };
    case 'getStaffApplicationMaterial':
      return { action: 'material_view', targetKind: 'application' };
    case 'transitionApplication':
      return given.action ? { action: given.action, targetKind: 'application' } : null;
    case 'answerRatingFollowUp':
      return { action: 'follow_up_reply', targetKind: 'application' };
    case 'reassignApplication':
      return { action: 'reassign', targetKind: 'application' };
    case 'listStaffCases':
    case 'getStaffCase':
      return { action: 'case_view', targetKind: 'case' };
    case 'replyToCaseAsStaff':
      return { action: given.close ? 'case_close' : 'case_reply', targetKind: 'case' };
    case 'setCertificateStatus': {
      const action = given.status === 'revoked' ? 'certificate_revoke' : given.status === 'suspended' ? 'certificate_suspend' : 'certificate_reinstate';
      return { action, targetKind: 'certificate' };
    }
    default:
      return null;
  }
}

/** The region of the matter a refused attempt was aimed at, when it exists on this node. */
async function targetRegionOf(deps: StaffAccessDeps, kind: TargetKind, id: string): Promise<string | null> {
  if (kind === 'application') {
    const row = await deps.applicationRepository.findById(id);
    return row ? routedRegion(deps, row) : null;
  }
  if (kind === 'certificate') {
    const row = await deps.certificateRepository.findById(id);
    return row ? certificateRegion(deps, row) : null;
  }
  const row = await deps.caseRepository.findById(id);
  const realName = row ? await deps.realNameRepository.findByUser(row.user_id) : null;
  return realName ? routedRegionOf(realName.id_number_masked, deps.config.region) : null;
}

/**
 * A staff member refused (another role's action, another office's matter, their own matter)
 * leaves an audit row the region's supervisor reads, as a done action does: probing other
 * offices' files or one's own case is what an inspection looks for. Written after the request's
 * transaction has rolled back (an onError hook), so the refusal itself is never undone with it.
 * targetId '*' is an attempt on a whole queue (a list) rather than one matter.
 */
export function registerStaffRefusalAudit(app: FastifyInstance, deps: StaffAccessDeps): void {
  const refusals = new Set<string>(StaffRefusalCode.options);
  app.addHook('onError', async (request, _reply, error) => {
    if (!(error instanceof AppError) || !refusals.has(error.code) || !request.auth) return;
    const operation = (request.routeOptions.schema as { operationId?: EndpointName } | undefined)?.operationId;
    const attempt = operation ? attemptOf(operation, request.body) : null;
    if (!attempt) return;
    try {
      const staff = await deps.staffDirectory.staffOf(request.auth.userId);
      if (!staff) return;
      const targetId = (request.params as { id?: string } | undefined)?.id ?? '*';
      await recordStaffAction(deps, request.auth, staff, {
        ...attempt,
        targetId,
        // A whole queue is the one of the prober's own office region.
        targetRegion: targetId === '*' ? staff.region : await targetRegionOf(deps, attempt.targetKind, targetId),
        reason: error.message,
        refused: error.code as StaffRefusalCode,
      });
    } catch (failure) {
      // The refusal still reaches the caller; a lost audit row is an operations alarm, not theirs.
      request.log.error({ errorName: (failure as Error).name }, 'could not audit a refused staff attempt');
    }
  });
}

/** The fields of a certificate that place it in a region and name its holder. */
interface CertificateHolder {
  application_id: string | null;
  holder_kind: string;
  holder_key: string;
  holder_user_id: string | null;
}

/**
 * The office region of an e-certificate: the office its application was routed to; else the
 * holder's city (a person's real-name ID prefix; an enterprise's registration authority, digits
 * 3–8 of the 统一社会信用代码); else the node's default office.
 */
export async function certificateRegion(deps: StaffAccessDeps, cert: CertificateHolder): Promise<string> {
  if (cert.application_id) {
    const app = await deps.applicationRepository.findById(cert.application_id);
    if (app) return routedRegion(deps, app);
  }
  if (cert.holder_kind === 'enterprise') return routedRegionOf(cert.holder_key.slice(2, 8), deps.config.region);
  const idNumberMasked = cert.holder_user_id
    ? ((await deps.realNameRepository.findByUser(cert.holder_user_id))?.id_number_masked ?? null)
    : await deps.staffRepository.maskedIdNumberOfHash(cert.holder_key);
  return idNumberMasked ? routedRegionOf(idNumberMasked, deps.config.region) : defaultOfficeRegion(deps.config.region);
}

/**
 * A 证照 officer changes the status of certificates of their region only (STAFF_OFFICE_FORBIDDEN),
 * and never of their own (CONFLICT_OF_INTEREST). Returns the certificate's region for the audit.
 */
export async function requireCertificateHandler(deps: StaffAccessDeps, auth: AuthContext, staff: StaffRow, cert: CertificateHolder): Promise<string> {
  const region = await certificateRegion(deps, cert);
  if (!regionCoversTarget(staff.region, region)) throw new AppError('STAFF_OFFICE_FORBIDDEN', "This certificate belongs to another region's office");
  const own = await deps.staffRepository.identityOf(auth.userId);
  const isOwn = cert.holder_kind === 'person' && ((cert.holder_user_id !== null && own.userIds.has(cert.holder_user_id)) || cert.holder_key === own.idNumberHash);
  if (isOwn) throw new AppError('CONFLICT_OF_INTEREST', 'An officer does not change the status of their own certificate');
  return region;
}

/** The checks other modules' back-office actions start with, and their audit. */
export function createStaffAccess(deps: StaffAccessDeps) {
  return bindDeps(deps, { requireStaff, recordStaffAction, ownUserIds, requireCertificateHandler });
}

export type StaffAccess = ReturnType<typeof createStaffAccess>;
