import type { z } from 'zod';
import type {
  ConfirmRectificationBody, EnterpriseSupervisionRecord, InspectionDetail, InspectionList, InspectionPhoto, InspectionScan,
  InspectionSummary, InspectorMembership, RecordInspectionBody, ReviewRectificationBody,
} from '../../../../types/supervision';
import {
  RECTIFY_MAX_DAYS, SUPERVISION_WINDOW_DAYS, matterCoveredBy, overlapWarnings, rectificationStatus,
} from '../../../../types/supervision-rules';
import { chinaDate } from '../../../../types/working-days';
import type { GscBody } from '../../../../scqr/cwt';
import type { FieldIssue } from '../../../../types/common';
import { AppError } from '../../errors';
import { newId } from '../../security/crypto';
import type { AuthContext } from '../identity/auth-context';
import { regionPrefix } from '../application/application-routing';
import { enterpriseCodeInfo } from '../service-code/service-code-service';
import { regionNameOf } from '../staff/staff-regions';
import { verifyPayload } from '../trust/payload-verification';
import {
  enterpriseRegion, inspectorOf, inspectorReads, requireEnterpriseOfCode, requireInspector, requireRegion,
} from './supervision-access';
import type { SupervisionDeps } from './supervision-deps';
import type { InspectionRow } from './supervision-repository';
import type { BoundEnterpriseRow } from '../enterprise/enterprise-repository';

const DAY_MS = 86_400_000;
/** An inspection is recorded on site: within this time of scanning the enterprise's code. */
const SCAN_VALID_MS = 4 * 3_600_000;
/** How many recent results the public side of a 企业码 shows. */
const PUBLIC_LATEST = 5;
const REPEAT_REASON_MIN = 4;
const IMAGE_TYPES: ReadonlySet<string> = new Set(['image/jpeg', 'image/png']);

function invalid(path: string, code: string, message: string): AppError {
  const issue: FieldIssue = { path, code, message };
  return new AppError('VALIDATION_FAILED', message, { issues: [issue] });
}

function toSummary(row: InspectionRow, nowMs: number): z.input<typeof InspectionSummary> {
  return {
    id: row.id,
    recordedAt: new Date(row.recorded_at).toISOString(),
    enterpriseName: row.enterprise_name,
    creditCode: row.credit_code,
    taskKind: row.task_kind,
    departments: row.departments,
    matters: row.matters,
    result: row.result,
    rectifyBy: row.rectify_by,
    rectification: rectificationStatus(row.rectify_by, row.rectified_at ? new Date(row.rectified_at).toISOString() : null, nowMs),
  };
}

async function toDetail(deps: SupervisionDeps, row: InspectionRow): Promise<z.input<typeof InspectionDetail>> {
  const photos = await deps.supervisionRepository.listPhotos(row.id);
  const rounds = await deps.supervisionRepository.listReopenedRounds(row.id);
  const iso = (ms: number) => new Date(ms).toISOString();
  return {
    ...toSummary(row, deps.now().getTime()),
    taskRef: row.task_ref,
    findings: row.findings,
    inspectorName: row.inspector_name,
    office: row.office,
    repeatReason: row.repeat_reason,
    photos: photos.map((p) => ({ id: p.id, kind: p.kind, name: p.name, contentType: p.content_type })),
    rectificationNote: row.rectification_note,
    rectifiedAt: row.rectified_at ? new Date(row.rectified_at).toISOString() : null,
    rectifiedBy: row.rectified_by_name,
    review: row.review_result && row.reviewed_at !== null
      ? { result: row.review_result, note: row.review_note ?? '', reviewedAt: new Date(row.reviewed_at).toISOString(), reviewer: row.reviewer_name ?? '' }
      : null,
    reopenedRounds: rounds.map((r) => ({
      rectifyBy: r.rectify_by,
      rectificationNote: r.rectification_note,
      rectifiedAt: iso(Number(r.rectified_at)),
      rectifiedBy: r.rectified_by_name,
      reviewNote: r.review_note,
      reviewedAt: iso(Number(r.reviewed_at)),
      reviewer: r.reviewer_name,
      nextRectifyBy: r.next_rectify_by,
    })),
  };
}

async function inspectionOr404(deps: SupervisionDeps, id: string): Promise<InspectionRow> {
  const row = await deps.supervisionRepository.findInspection(id);
  if (!row) throw new AppError('NOT_FOUND', 'No such inspection');
  return row;
}

export async function getInspectorMembership(deps: SupervisionDeps, auth: AuthContext): Promise<z.input<typeof InspectorMembership>> {
  const inspector = await inspectorOf(deps, auth.userId);
  if (!inspector) return { inspector: null };
  const { id, name, office, region, department } = inspector;
  return { inspector: { id, name, office, region, regionName: regionNameOf(region), department } };
}

/**
 * An inspector scans an enterprise's 企业码: the code must verify (signature, validity window) and
 * be a code this node issued for an enterprise of the inspector's region. The answer is the
 * enterprise, its inspections by any department in the window (for the repeat rule), and a scan
 * the inspection is then recorded from.
 */
export async function scanEnterpriseForInspection(
  deps: SupervisionDeps,
  auth: AuthContext,
  payload: string,
): Promise<z.input<typeof InspectionScan>> {
  const inspector = await requireInspector(deps, auth);
  const at = deps.now();
  const result = await verifyPayload(deps, payload, at);
  if (!result.ok) throw invalid('payload', result.reason, `Not a valid code (${result.reason})`);
  const body = result.body as GscBody | undefined;
  if (result.kind !== 'GSC' || body?.t !== 'E') throw invalid('payload', 'NOT_ENTERPRISE_CODE', 'Not an enterprise code (企业码)');
  const region = enterpriseRegion(deps, body.i);
  requireRegion(inspector, region);
  const cti = result.claims?.cti;
  const issued = result.iss === deps.config.region && cti !== undefined ? await deps.serviceCodeRepository.findIssued(cti) : null;
  // The signed `sub` must be the one recorded for this cti, as for any verifier.
  if (!issued?.enterprise_id || (issued.sub !== null && issued.sub !== body.sub)) {
    throw new AppError('ENTERPRISE_NOT_FOUND', 'This node holds no enterprise for this code');
  }
  const enterprise = await deps.enterpriseRepository.findById(issued.enterprise_id);
  if (!enterprise) throw new AppError('ENTERPRISE_NOT_FOUND', 'This node holds no enterprise for this code');

  const nowMs = at.getTime();
  const scanId = newId('scn');
  await deps.supervisionRepository.insertScan({ id: scanId, inspector_id: inspector.id, enterprise_id: enterprise.id, enterprise_region: region, scanned_at: nowMs });
  const history = await deps.supervisionRepository.listForEnterprise(enterprise.id, { sinceMs: nowMs - SUPERVISION_WINDOW_DAYS * DAY_MS });
  return {
    scanId,
    validUntil: new Date(nowMs + SCAN_VALID_MS).toISOString(),
    enterprise: await enterpriseCodeInfo(deps, { name: enterprise.name, creditCode: enterprise.credit_code }),
    windowDays: SUPERVISION_WINDOW_DAYS,
    history: history.map((row) => toSummary(row, nowMs)),
  };
}

/** Dates as China calendar days: `days` after today. */
function chinaDatePlus(nowMs: number, days: number): string {
  return chinaDate(nowMs + days * DAY_MS);
}

/**
 * Records an inspection from the caller's fresh scan, once. The inspector's own department takes
 * part; every matter falls to one of the departments; 责令整改 carries a deadline after today
 * (立案 may); a check that repeats or overlaps an earlier one (types/supervision-rules.ts) needs the
 * inspector's reason, else 409 CONFLICT.
 */
export async function recordInspection(
  deps: SupervisionDeps,
  auth: AuthContext,
  body: z.output<typeof RecordInspectionBody>,
): Promise<z.input<typeof InspectionDetail>> {
  const inspector = await requireInspector(deps, auth);
  const nowMs = deps.now().getTime();
  const scan = await deps.supervisionRepository.findScan(body.scanId);
  if (!scan || scan.inspector_id !== inspector.id) throw new AppError('NOT_FOUND', 'No such scan of yours');
  requireRegion(inspector, scan.enterprise_region);
  if (nowMs - scan.scanned_at > SCAN_VALID_MS) throw new AppError('CONFLICT', "The scan is too old: scan the enterprise's code again on site");

  const departments = [...new Set(body.departments)];
  const matters = [...new Set(body.matters)];
  if (!departments.includes(inspector.department)) {
    throw invalid('departments', 'OWN_DEPARTMENT_REQUIRED', "The inspector's own department takes part in the inspection");
  }
  const uncovered = matters.find((m) => !matterCoveredBy(m, departments));
  if (uncovered) throw invalid('matters', 'MATTER_NOT_COVERED', `${uncovered} is inspected by none of these departments`);

  const today = chinaDate(nowMs);
  if (body.result === 'rectify' && !body.rectifyBy) throw invalid('rectifyBy', 'REQUIRED', '责令整改 needs a deadline');
  if (body.result === 'pass' && body.rectifyBy) throw invalid('rectifyBy', 'NOT_ALLOWED', 'A passed inspection has nothing to rectify');
  if (body.rectifyBy && (body.rectifyBy <= today || body.rectifyBy > chinaDatePlus(nowMs, RECTIFY_MAX_DAYS))) {
    throw invalid('rectifyBy', 'OUT_OF_RANGE', `The deadline lies after today and within ${RECTIFY_MAX_DAYS} days`);
  }

  const photos: Array<{ id: string; upload_id: string }> = [];
  for (const uploadId of new Set(body.photoUploadIds)) {
    const upload = await deps.uploadRepository.findOwned(auth.userId, uploadId);
    if (!upload || !IMAGE_TYPES.has(upload.content_type)) throw invalid('photoUploadIds', 'INVALID_UPLOAD', 'Photos are your own JPEG or PNG uploads');
    photos.push({ id: newId('iph'), upload_id: uploadId });
  }

  const history = await deps.supervisionRepository.listForEnterprise(scan.enterprise_id, { sinceMs: nowMs - SUPERVISION_WINDOW_DAYS * DAY_MS });
  const past = history.map((row) => ({ id: row.id, recordedAt: new Date(row.recorded_at).toISOString(), departments: row.departments, matters: row.matters }));
  const warnings = overlapWarnings(past, { departments, matters }, nowMs);
  const reason = body.repeatReason?.trim() ?? '';
  if (warnings.length > 0 && reason.length < REPEAT_REASON_MIN) {
    throw new AppError(
      'CONFLICT',
      `This check repeats or overlaps ${warnings.length} inspection(s) of the last ${SUPERVISION_WINDOW_DAYS} days: say why it is needed (repeatReason)`,
    );
  }

  const enterprise = await deps.enterpriseRepository.findById(scan.enterprise_id);
  if (!enterprise) throw new AppError('ENTERPRISE_NOT_FOUND', 'This node holds no enterprise for this scan');
  const row: InspectionRow = {
    id: newId('insp'),
    scan_id: scan.id,
    enterprise_id: scan.enterprise_id,
    enterprise_region: scan.enterprise_region,
    inspector_id: inspector.id,
    inspector_name: inspector.name,
    office: inspector.office,
    task_kind: body.taskKind,
    task_ref: body.taskRef,
    departments,
    matters,
    findings: body.findings,
    result: body.result,
    rectify_by: body.rectifyBy,
    repeat_reason: warnings.length > 0 ? reason : null,
    recorded_at: nowMs,
    rectification_note: null,
    rectified_at: null,
    rectified_by_name: null,
    review_result: null,
    review_note: null,
    reviewed_at: null,
    reviewer_name: null,
    enterprise_name: enterprise.name,
    credit_code: enterprise.credit_code,
  };
  if (!(await deps.supervisionRepository.insertInspection(row, photos))) throw new AppError('CONFLICT', 'An inspection was already recorded from this scan');
  await deps.supervisionNotices.noticeInspectionRecorded(row);
  return toDetail(deps, row);
}

export async function listOfficeInspections(deps: SupervisionDeps, auth: AuthContext): Promise<z.input<typeof InspectionList>> {
  const inspector = await requireInspector(deps, auth);
  const nowMs = deps.now().getTime();
  const rows = await deps.supervisionRepository.listForOffice(inspector.department, regionPrefix(inspector.region), 200);
  return { items: rows.map((row) => toSummary(row, nowMs)) };
}

export async function getOfficeInspection(deps: SupervisionDeps, auth: AuthContext, id: string): Promise<z.input<typeof InspectionDetail>> {
  const inspector = await requireInspector(deps, auth);
  const row = await inspectionOr404(deps, id);
  if (!inspectorReads(inspector, row)) throw new AppError('STAFF_OFFICE_FORBIDDEN', "Another region's or department's inspection");
  return toDetail(deps, row);
}

export async function listMyEnterpriseInspections(deps: SupervisionDeps, auth: AuthContext): Promise<z.input<typeof InspectionList>> {
  const binding = await requireEnterpriseOfCode(deps, auth);
  const nowMs = deps.now().getTime();
  return { items: (await deps.supervisionRepository.listForEnterprise(binding.id)).map((row) => toSummary(row, nowMs)) };
}

/** Someone else's inspection reads as absent (404), as a foreign upload does. */
async function ownInspection(deps: SupervisionDeps, auth: AuthContext, id: string): Promise<{ row: InspectionRow; binding: BoundEnterpriseRow }> {
  const binding = await requireEnterpriseOfCode(deps, auth);
  const row = await deps.supervisionRepository.findInspection(id);
  if (!row || row.enterprise_id !== binding.id) throw new AppError('NOT_FOUND', 'No such inspection of this enterprise');
  return { row, binding };
}

export async function getMyEnterpriseInspection(deps: SupervisionDeps, auth: AuthContext, id: string): Promise<z.input<typeof InspectionDetail>> {
  return toDetail(deps, (await ownInspection(deps, auth, id)).row);
}

/**
 * 整改 confirmed by the enterprise, once, with evidence from its own uploads. Only an inspection
 * with a deadline has something to confirm; a late answer is kept (the deadline shows it was late).
 */
export async function confirmRectification(
  deps: SupervisionDeps,
  auth: AuthContext,
  id: string,
  body: z.output<typeof ConfirmRectificationBody>,
): Promise<z.input<typeof InspectionDetail>> {
  const { row, binding } = await ownInspection(deps, auth, id);
  const nowMs = deps.now().getTime();
  const status = rectificationStatus(row.rectify_by, row.rectified_at ? new Date(row.rectified_at).toISOString() : null, nowMs);
  if (status === 'not_required' || status === 'confirmed') {
    throw new AppError('ILLEGAL_TRANSITION', 'Nothing to rectify here, or already confirmed', { currentStatus: status });
  }
  const evidence: Array<{ id: string; upload_id: string }> = [];
  for (const uploadId of new Set(body.evidenceUploadIds)) {
    if (!(await deps.uploadRepository.findOwned(auth.userId, uploadId))) throw invalid('evidenceUploadIds', 'INVALID_UPLOAD', 'Evidence is your own uploads');
    evidence.push({ id: newId('iph'), upload_id: uploadId });
  }
  const byName = (await deps.realNameRepository.findByUser(auth.userId))?.name_masked ?? '—';
  if (!(await deps.supervisionRepository.confirmRectification(row.id, { note: body.note, byName, at: nowMs }, evidence))) {
    throw new AppError('ILLEGAL_TRANSITION', 'Already confirmed', { currentStatus: 'confirmed' });
  }
  await deps.enterpriseAccess.recordEnterpriseActivity({
    enterpriseId: row.enterprise_id, userId: auth.userId, role: binding.role, action: 'rectification_confirmed', detail: `${row.task_ref}（${row.office}）`,
  });
  return toDetail(deps, await inspectionOr404(deps, id));
}

/**
 * 复查: an inspector of one of the inspection's departments (in its region) reviews the 整改 the
 * enterprise confirmed. Accepted closes it. Not accepted — with what is still wrong and a new
 * deadline — reopens it: the round is kept in the inspection's history and the enterprise must
 * rectify and confirm again, and that confirmation is reviewed in turn. Either result reaches the
 * enterprise's 消息中心.
 */
export async function reviewRectification(
  deps: SupervisionDeps,
  auth: AuthContext,
  id: string,
  body: z.output<typeof ReviewRectificationBody>,
): Promise<z.input<typeof InspectionDetail>> {
  const inspector = await requireInspector(deps, auth);
  const row = await inspectionOr404(deps, id);
  if (!inspectorReads(inspector, row)) throw new AppError('STAFF_OFFICE_FORBIDDEN', "Another region's or department's inspection");
  if (row.rectified_at === null) throw new AppError('ILLEGAL_TRANSITION', 'The enterprise has not confirmed 整改 yet', { currentStatus: 'unconfirmed' });
  const nowMs = deps.now().getTime();
  let reviewed: boolean;
  const roundId = newId('rnd');
  if (body.result === 'accepted') {
    if (body.rectifyBy) throw invalid('rectifyBy', 'NOT_ALLOWED', 'An accepted 整改 has no new deadline');
    reviewed = await deps.supervisionRepository.reviewRectification(row.id, { result: 'accepted', note: body.note, byName: inspector.name, at: nowMs });
  } else {
    if (!body.rectifyBy) throw invalid('rectifyBy', 'REQUIRED', 'A 整改 not accepted needs a new deadline');
    if (body.rectifyBy <= chinaDate(nowMs) || body.rectifyBy > chinaDatePlus(nowMs, RECTIFY_MAX_DAYS)) {
      throw invalid('rectifyBy', 'OUT_OF_RANGE', `The deadline lies after today and within ${RECTIFY_MAX_DAYS} days`);
    }
    reviewed = await deps.supervisionRepository.reopenRectification(row, { id: roundId, note: body.note, byName: inspector.name, at: nowMs, nextRectifyBy: body.rectifyBy });
  }
  if (!reviewed) throw new AppError('ILLEGAL_TRANSITION', 'Already reviewed', { currentStatus: 'reviewed' });
  const after = await inspectionOr404(deps, id);
  await deps.supervisionNotices.noticeRectificationReviewed(after, body.result === 'accepted' ? { result: 'accepted' } : { result: 'not_accepted', roundId });
  return toDetail(deps, after);
}

/** A photo for the inspection's own departments (in region) or for the inspected enterprise; anyone else 403. */
export async function getInspectionPhoto(
  deps: SupervisionDeps,
  auth: AuthContext,
  params: { id: string; photoId: string },
): Promise<z.input<typeof InspectionPhoto>> {
  const row = await inspectionOr404(deps, params.id);
  const inspector = await inspectorOf(deps, auth.userId);
  let allowed = inspector !== null && inspectorReads(inspector, row);
  if (!allowed) {
    const binding = await deps.enterpriseAccess.actingBinding(auth);
    allowed = binding?.id === row.enterprise_id && (await deps.enterpriseAccess.hasEnterpriseScope(auth.userId, binding, 'service_code'));
  }
  if (!allowed) throw new AppError('FORBIDDEN', "Only the inspection's departments and the inspected enterprise see its photos");
  const photo = (await deps.supervisionRepository.listPhotos(row.id)).find((p) => p.id === params.photoId);
  const bytes = photo ? await deps.uploadRepository.readContent(photo.upload_id) : null;
  if (!photo || !bytes) throw new AppError('NOT_FOUND', 'No such photo');
  return { id: photo.id, name: photo.name, contentType: photo.content_type, dataBase64: bytes.toString('base64') };
}

/**
 * The public side of a 企业码 (双随机一公开): the enterprise's licences and its latest results —
 * departments, matters, outcome and whether 整改 was done — without findings, names or photos.
 */
export async function getEnterpriseSupervisionRecord(deps: SupervisionDeps, creditCode: string): Promise<z.input<typeof EnterpriseSupervisionRecord>> {
  const knownId = await deps.enterpriseRepository.findIdByCreditCode(creditCode);
  const known = knownId ? await deps.enterpriseRepository.findById(knownId) : null;
  const name = known?.name ?? (await deps.providers.enterpriseRegistry.findByCreditCode(creditCode))?.name;
  if (!name) throw new AppError('ENTERPRISE_NOT_FOUND', 'No enterprise with this credit code');
  const nowMs = deps.now().getTime();
  const rows = known ? await deps.supervisionRepository.listForEnterprise(known.id, { limit: PUBLIC_LATEST }) : [];
  return {
    enterprise: await enterpriseCodeInfo(deps, { name, creditCode }),
    latest: rows.map((row) => {
      const { enterpriseName: _n, creditCode: _c, rectifyBy: _r, ...open } = toSummary(row, nowMs);
      return open;
    }),
  };
}
