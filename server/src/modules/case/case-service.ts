import { newId } from '../../security/crypto';
import { randomInt } from 'node:crypto';
import type { z } from 'zod';
import type { CaseDetail, CaseStatus } from '../../../../types/applications';
import { chinaDate } from '../../../../types/working-days';
import { AppError } from '../../errors';
import { maskIdNumbersInOptionalText, maskIdNumbersInText } from '../../shared/personal-data';
import type { CaseRow } from './case-repository';
import { formInvalid } from '../application/form-service';
import type { AuthContext } from '../identity/auth-context';
import type { CaseDeps } from './case-deps';
import { routedRegionOf } from '../application/application-routing';

const iso = (ms: number) => new Date(ms).toISOString();

function toCaseSummary(row: CaseRow) {
  return {
    id: row.id,
    number: row.number,
    type: row.type,
    category: row.category as z.input<typeof CaseDetail>['category'],
    status: row.status,
    applicationId: row.application_id,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

async function toCaseDetail(deps: CaseDeps, row: CaseRow): Promise<z.input<typeof CaseDetail>> {
  return {
    ...toCaseSummary(row),
    content: row.content,
    place: row.place,
    photoIds: JSON.parse(row.photo_ids_json) as string[],
    replies: (await deps.caseRepository.listReplies(row.id)).map((reply) => ({
      from: reply.from_kind,
      content: reply.content,
      at: iso(reply.at),
      staffName: reply.staff_name,
    })),
  };
}

async function findOwnedCase(deps: CaseDeps, auth: AuthContext, id: string): Promise<CaseRow> {
  const row = await deps.caseRepository.findById(id);
  if (!row || row.user_id !== auth.userId) throw new AppError('NOT_FOUND', 'No such case');
  return row;
}

/** 12345 诉求. With applicationId it is a 办不成事 report about one of the caller's applications. */
export async function createCase(
  deps: CaseDeps,
  auth: AuthContext,
  body: {
    type: CaseRow['type'];
    category: string;
    content: string;
    place?: string;
    photoIds: string[];
    applicationId?: string;
  },
): Promise<z.input<typeof CaseDetail>> {
  if (body.applicationId) await deps.applications.findOwned(auth, body.applicationId);
  const missing: { path: string; code: string }[] = [];
  for (const [index, id] of body.photoIds.entries()) {
    if (!(await deps.uploadRepository.findOwned(auth.userId, id))) missing.push({ path: `photoIds.${index}`, code: 'UPLOAD_NOT_FOUND' });
  }
  if (missing.length > 0) throw formInvalid(missing);
  const now = deps.now().getTime();
  const row: CaseRow = {
    id: newId('case'),
    number: `12345-${chinaDate(now).replaceAll('-', '')}-${String(randomInt(0, 1_000_000)).padStart(6, '0')}`,
    user_id: auth.userId,
    type: body.type,
    category: body.category,
    // Free text: a citizen ID typed into it is kept masked (shared/personal-data.ts).
    content: maskIdNumbersInText(body.content),
    place: maskIdNumbersInOptionalText(body.place?.trim() || null),
    photo_ids_json: JSON.stringify(body.photoIds),
    application_id: body.applicationId ?? null,
    status: 'open',
    created_at: now,
    updated_at: now,
  };
  await deps.caseRepository.insert(row);
  return toCaseDetail(deps, row);
}

export async function listCases(deps: CaseDeps, auth: AuthContext) {
  return { items: (await deps.caseRepository.listOfUser(auth.userId)).map(toCaseSummary) };
}

export async function getCase(deps: CaseDeps, auth: AuthContext, id: string) {
  return toCaseDetail(deps, await findOwnedCase(deps, auth, id));
}

function closedError(status: CaseStatus): AppError {
  return new AppError('ILLEGAL_TRANSITION', 'This case is closed', { currentStatus: status });
}

/** The citizen adds to an open case (it goes back to open for the hotline). */
export async function replyToCase(deps: CaseDeps, auth: AuthContext, id: string, body: { content: string }) {
  const cases = deps.caseRepository;
  // One transaction: a reply never lands on a case the hotline closed in between.
  return deps.db.transaction(async () => {
    const row = await findOwnedCase(deps, auth, id);
    if (row.status === 'closed') throw closedError(row.status);
    const now = deps.now().getTime();
    await cases.addReply({ case_id: row.id, from_kind: 'citizen', author_user_id: auth.userId, staff_name: null, content: body.content, at: now });
    await cases.setStatus(row.id, 'open', now);
    return toCaseDetail(deps, (await cases.findById(row.id)) as CaseRow);
  });
}

/** The applicant's city of a case, for the supervisor's audit (cases are the province-wide hotline's). */
async function caseRegion(deps: CaseDeps, row: CaseRow): Promise<string | null> {
  const realName = await deps.realNameRepository.findByUser(row.user_id);
  return realName ? routedRegionOf(realName.id_number_masked, deps.config.region) : null;
}

/** A hotline agent does not take a 诉求 of his own (回避). */
async function requireNotOwnCase(deps: CaseDeps, auth: AuthContext, row: CaseRow): Promise<void> {
  if ((await deps.staffAccess.ownUserIds(auth.userId)).has(row.user_id)) {
    throw new AppError('CONFLICT_OF_INTEREST', 'A hotline agent does not handle their own case; another agent does');
  }
}

/** The 12345 desk only: cases are the hotline's queue, not a reviewer's or a 证照 officer's. */
export async function listStaffCases(deps: CaseDeps, auth: AuthContext, status?: CaseStatus) {
  await deps.staffAccess.requireStaff(auth, ['hotline']);
  const own = await deps.staffAccess.ownUserIds(auth.userId);
  const rows = (await deps.caseRepository.listAll()).filter((row) => !own.has(row.user_id) && (!status || row.status === status));
  return { items: rows.map(toCaseSummary) };
}

export async function getStaffCase(deps: CaseDeps, auth: AuthContext, id: string) {
  const staff = await deps.staffAccess.requireStaff(auth, ['hotline']);
  const row = await deps.caseRepository.findById(id);
  if (!row) throw new AppError('NOT_FOUND', 'No such case');
  await requireNotOwnCase(deps, auth, row);
  await deps.staffAccess.recordStaffAction(auth, staff, { action: 'case_view', targetKind: 'case', targetId: row.id, targetRegion: await caseRegion(deps, row) });
  return toCaseDetail(deps, row);
}

export async function replyToCaseAsStaff(deps: CaseDeps, auth: AuthContext, id: string, body: { content: string; close?: boolean }) {
  const staff = await deps.staffAccess.requireStaff(auth, ['hotline']);
  const cases = deps.caseRepository;
  return deps.db.transaction(async () => {
    const row = await cases.findById(id);
    if (!row) throw new AppError('NOT_FOUND', 'No such case');
    await requireNotOwnCase(deps, auth, row);
    if (row.status === 'closed') throw closedError(row.status);
    const now = deps.now().getTime();
    await cases.addReply({ case_id: row.id, from_kind: 'staff', author_user_id: auth.userId, staff_name: staff.name, content: body.content, at: now });
    await cases.setStatus(row.id, body.close ? 'closed' : 'replied', now);
    await deps.staffAccess.recordStaffAction(auth, staff, {
      action: body.close ? 'case_close' : 'case_reply', targetKind: 'case', targetId: row.id, targetRegion: await caseRegion(deps, row), reason: body.content,
    });
    await deps.messages.addMessage({ userId: row.user_id, kind: 'case_replied', caseId: row.id });
    return toCaseDetail(deps, (await cases.findById(row.id)) as CaseRow);
  });
}
