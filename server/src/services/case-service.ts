import { randomInt, randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { CaseDetail, CaseStatus } from '../../../types/applications';
import { chinaDate } from '../../../types/working-days';
import { AppError } from '../errors';
import type { CaseRow } from '../repositories/case-repository';
import { findOwned } from './application-service';
import { formInvalid } from './form-service';
import { addMessage } from './message-service';
import type { AuthContext, ServiceContext } from './service-context';
import { requireStaff } from './staff-service';

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

function toCaseDetail(ctx: ServiceContext, row: CaseRow): z.input<typeof CaseDetail> {
  return {
    ...toCaseSummary(row),
    content: row.content,
    place: row.place,
    photoIds: JSON.parse(row.photo_ids_json) as string[],
    replies: ctx.applications.repos.cases.listReplies(row.id).map((reply) => ({
      from: reply.from_kind,
      content: reply.content,
      at: iso(reply.at),
      staffName: reply.staff_name,
    })),
  };
}

function findOwnedCase(ctx: ServiceContext, auth: AuthContext, id: string): CaseRow {
  const row = ctx.applications.repos.cases.findById(id);
  if (!row || row.user_id !== auth.userId) throw new AppError('NOT_FOUND', 'No such case');
  return row;
}

/** 12345 诉求. With applicationId it is a 办不成事 report about one of the caller's applications. */
export function createCase(
  ctx: ServiceContext,
  auth: AuthContext,
  body: {
    type: CaseRow['type'];
    category: string;
    content: string;
    place?: string;
    photoIds: string[];
    applicationId?: string;
  },
): z.input<typeof CaseDetail> {
  if (body.applicationId) findOwned(ctx, auth, body.applicationId);
  const missing = body.photoIds.flatMap((id, index) =>
    ctx.applications.repos.uploads.findOwned(auth.userId, id) ? [] : [{ path: `photoIds.${index}`, code: 'UPLOAD_NOT_FOUND' }],
  );
  if (missing.length > 0) throw formInvalid(missing);
  const now = ctx.providers.now().getTime();
  const row: CaseRow = {
    id: randomUUID(),
    number: `12345-${chinaDate(now).replaceAll('-', '')}-${String(randomInt(0, 1_000_000)).padStart(6, '0')}`,
    user_id: auth.userId,
    type: body.type,
    category: body.category,
    content: body.content,
    place: body.place?.trim() || null,
    photo_ids_json: JSON.stringify(body.photoIds),
    application_id: body.applicationId ?? null,
    status: 'open',
    created_at: now,
    updated_at: now,
  };
  ctx.applications.repos.cases.insert(row);
  return toCaseDetail(ctx, row);
}

export function listCases(ctx: ServiceContext, auth: AuthContext) {
  return { items: ctx.applications.repos.cases.listOfUser(auth.userId).map(toCaseSummary) };
}

export function getCase(ctx: ServiceContext, auth: AuthContext, id: string) {
  return toCaseDetail(ctx, findOwnedCase(ctx, auth, id));
}

function closedError(status: CaseStatus): AppError {
  return new AppError('ILLEGAL_TRANSITION', 'This case is closed', { currentStatus: status });
}

/** The citizen adds to an open case (it goes back to open for the hotline). */
export function replyToCase(ctx: ServiceContext, auth: AuthContext, id: string, body: { content: string }) {
  const row = findOwnedCase(ctx, auth, id);
  if (row.status === 'closed') throw closedError(row.status);
  const now = ctx.providers.now().getTime();
  const { cases } = ctx.applications.repos;
  cases.addReply({ case_id: row.id, from_kind: 'citizen', author_user_id: auth.userId, staff_name: null, content: body.content, at: now });
  cases.setStatus(row.id, 'open', now);
  return toCaseDetail(ctx, cases.findById(row.id) as CaseRow);
}

export function listStaffCases(ctx: ServiceContext, auth: AuthContext, status?: CaseStatus) {
  requireStaff(ctx, auth);
  return { items: ctx.applications.repos.cases.listAll().filter((row) => !status || row.status === status).map(toCaseSummary) };
}

export function getStaffCase(ctx: ServiceContext, auth: AuthContext, id: string) {
  requireStaff(ctx, auth);
  const row = ctx.applications.repos.cases.findById(id);
  if (!row) throw new AppError('NOT_FOUND', 'No such case');
  return toCaseDetail(ctx, row);
}

export function replyToCaseAsStaff(ctx: ServiceContext, auth: AuthContext, id: string, body: { content: string; close?: boolean }) {
  const staff = requireStaff(ctx, auth);
  const { cases } = ctx.applications.repos;
  const row = cases.findById(id);
  if (!row) throw new AppError('NOT_FOUND', 'No such case');
  if (row.status === 'closed') throw closedError(row.status);
  const now = ctx.providers.now().getTime();
  cases.addReply({ case_id: row.id, from_kind: 'staff', author_user_id: auth.userId, staff_name: staff.name, content: body.content, at: now });
  cases.setStatus(row.id, body.close ? 'closed' : 'replied', now);
  addMessage(ctx, { userId: row.user_id, kind: 'case_replied', caseId: row.id });
  return toCaseDetail(ctx, cases.findById(row.id) as CaseRow);
}
