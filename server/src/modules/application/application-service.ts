import { chinaToday } from '../../shared/china-today';
import { createHash } from 'node:crypto';
import { newId } from '../../security/crypto';
import type { z } from 'zod';
import type { ApplicationDetail, ApplicationStatus, ApplicationSummary, Rating } from '../../../../types/applications';
import {
  isMaterialValue, prefill, pruneHidden, validateForm, valuesForMember,
  type FormDefinition, type FormIssue, type FormValues,
} from '../../../../types/form-engine';
import { addWorkingDays, chinaDate, workingDaysUntil } from '../../../../types/working-days';
import { maskMobile } from '../../../../types/identity-numbers';
import { AppError } from '../../errors';
import { openFormValues, sealFormValues } from '../../shared/personal-data';
import type { ApplicationRow, EventRow, NewApplication } from './application-repository';
import { formInvalid, getPrefillSources, heldCertificateClasses } from './form-service';
import { newApplicationNumber } from './application-number';
import { routedRegionOf } from './application-routing';
import { currentStatus, TERMINAL } from './application-status';
import type { AuthContext } from '../identity/auth-context';
import { bindDeps } from '../../shared/bind-deps';
import type { ApplicationDeps } from './application-deps';

type Detail = z.input<typeof ApplicationDetail>;
type Summary = z.input<typeof ApplicationSummary>;

/** 18-digit citizen IDs anywhere in the values: only the masked form may be stored. */
const FULL_CITIZEN_ID = /(^|\D)\d{17}[\dXx](\D|$)/;

const iso = (ms: number) => new Date(ms).toISOString();

export async function toSummary(deps: ApplicationDeps, row: ApplicationRow): Promise<Summary> {
  const status = await currentStatus(deps, row);
  return {
    id: row.id,
    number: row.number,
    serviceCode: row.service_code,
    serviceName: row.service_name,
    department: row.department,
    status,
    isBundle: row.is_bundle === 1,
    parentId: row.parent_id,
    submittedAt: iso(row.submitted_at),
    updatedAt: iso(row.updated_at),
    deadline: row.deadline,
    remainingWorkingDays: TERMINAL.has(status) ? null : workingDaysUntil(chinaToday(deps), row.deadline),
  };
}

async function toRating(deps: ApplicationDeps, id: string): Promise<z.input<typeof Rating> | null> {
  const row = await deps.applicationRepository.findRating(id);
  if (!row) return null;
  return {
    score: row.score,
    tags: JSON.parse(row.tags_json) as string[],
    comment: row.comment,
    ratedAt: iso(row.rated_at),
    followUp: row.follow_up_status
      ? {
          status: row.follow_up_status,
          reply: row.follow_up_reply,
          answeredAt: row.follow_up_at === null ? null : iso(row.follow_up_at),
          staffName: row.follow_up_staff,
        }
      : null,
  };
}

/**
 * What happened to an application, oldest first. A bundle's own record only holds its
 * submission: the departments act on its parts, so their steps (each naming its part) are its
 * progress too, and the parts' own submissions are the bundle's one submission, not repeated.
 */
async function timelineOf(deps: ApplicationDeps, row: ApplicationRow, childRows: ApplicationRow[]): Promise<Detail['timeline']> {
  const repo = deps.applicationRepository;
  const entries: Array<{ event: EventRow; part: string | null }> = (await repo.listEvents(row.id)).map((event) => ({ event, part: null }));
  for (const child of childRows) {
    for (const event of await repo.listEvents(child.id)) {
      if (event.action !== 'submit') entries.push({ event, part: child.service_name });
    }
  }
  entries.sort((a, b) => a.event.at - b.event.at);
  return entries.map(({ event, part }) => ({
    action: event.action as Detail['timeline'][number]['action'],
    from: event.from_status,
    to: event.to_status,
    at: iso(event.at),
    actor: event.actor_kind,
    staffName: event.staff_name,
    reason: event.reason,
    part,
  }));
}

export async function toDetail(deps: ApplicationDeps, row: ApplicationRow): Promise<Detail> {
  const repo = deps.applicationRepository;
  const summary = await toSummary(deps, row);
  const rating = await toRating(deps, row.id);
  const childRows = row.is_bundle ? await repo.listChildren(row.id) : [];
  const children = await Promise.all(childRows.map((child) => toSummary(deps, child)));
  return {
    ...summary,
    values: openFormValues(deps.crypto, row.values_json),
    timeline: await timelineOf(deps, row, childRows),
    correction: row.correction_json ? (JSON.parse(row.correction_json) as Detail['correction']) : null,
    rating,
    children,
    canRate: row.parent_id === null && summary.status === 'approved' && rating === null,
    canCorrect: !row.is_bundle && row.status === 'correction_requested',
  };
}

/** The caller's own application; anyone else's reads as absent (ids are not confirmed). */
export async function findOwned(deps: ApplicationDeps, auth: AuthContext, id: string): Promise<ApplicationRow> {
  const row = await deps.applicationRepository.findById(id);
  if (!row || row.user_id !== auth.userId) throw new AppError('NOT_FOUND', 'No such application');
  return row;
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Checks the engine cannot: uploads are the caller's, and no full citizen ID slipped into a value. */
async function allOwned(deps: ApplicationDeps, auth: AuthContext, uploadIds: string[]): Promise<boolean> {
  for (const id of uploadIds) {
    if (!(await deps.uploadRepository.findOwned(auth.userId, id))) return false;
  }
  return true;
}

async function serverIssues(deps: ApplicationDeps, auth: AuthContext, values: FormValues): Promise<FormIssue[]> {
  const issues: FormIssue[] = [];
  for (const [key, value] of Object.entries(values)) {
    const uploadIds = isMaterialValue(value) && value.source === 'upload' ? value.uploadIds : [];
    if (!(await allOwned(deps, auth, uploadIds))) issues.push({ path: key, code: 'UPLOAD_NOT_FOUND' });
    const strings = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
    if (strings.some((s) => FULL_CITIZEN_ID.test(s))) issues.push({ path: key, code: 'ID_NUMBER_NOT_ALLOWED' });
  }
  return issues;
}

async function photoIssues(deps: ApplicationDeps, auth: AuthContext, form: FormDefinition, values: FormValues): Promise<FormIssue[]> {
  const issues: FormIssue[] = [];
  for (const field of form.fields) {
    if (field.type !== 'photo' || !Array.isArray(values[field.id])) continue;
    if (!(await allOwned(deps, auth, values[field.id] as string[]))) issues.push({ path: field.id, code: 'UPLOAD_NOT_FOUND' });
  }
  return issues;
}

/**
 * The values as the server accepts them: read-only fields re-filled from its own records (the
 * masked ID, never the full one), validated with the same engine as the app, hidden fields dropped.
 */
async function checkedValues(deps: ApplicationDeps, auth: AuthContext, form: FormDefinition, submitted: FormValues): Promise<FormValues> {
  const sources = await getPrefillSources(deps, auth);
  const values = prefill(form, { ...sources, certificates: [] }, submitted);
  // A draft saved when the login phone was pre-filled masked: the department gets the number itself.
  const phone = sources.profile?.phone;
  for (const field of form.fields) {
    if (field.prefill === 'profile.phone' && phone && values[field.id] === maskMobile(phone)) values[field.id] = phone;
  }
  const issues = [
    ...validateForm(form, values, { today: chinaToday(deps), certificates: await heldCertificateClasses(deps, auth.userId) }),
    ...(await serverIssues(deps, auth, values)),
    ...(await photoIssues(deps, auth, form, values)),
  ];
  if (issues.length > 0) throw formInvalid(issues);
  return pruneHidden(form, values);
}

/**
 * A department's part of a bundle is due by its own promise, but never after the bundle's: the
 * resident was promised the whole 一件事 by that date.
 */
function memberDeadline(today: string, promised: number, bundleDeadline: string): string {
  const own = addWorkingDays(today, promised);
  return own < bundleDeadline ? own : bundleDeadline;
}

function promisedDays(deps: ApplicationDeps, code: string | null, fallback: number): number {
  return (code ? deps.catalog.detail(code)?.guide.promisedLimitDays : undefined) ?? fallback;
}

/** SQLite, and PostgreSQL's unique_violation (which the data layer has already retried). */
function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === '23505';
}

/**
 * 提交. One application per Idempotency-Key: the key is unique per user (UNIQUE (user_id,
 * idempotency_key)) and the whole check-and-insert runs in one transaction, so retries and double
 * taps (even concurrent ones, on any node) meet the stored application instead of creating
 * another. On PostgreSQL the loser of a race fails on the unique key or the serializable check
 * and the data layer re-runs the transaction, whose check then finds the winner's row.
 */
export async function submitApplication(
  deps: ApplicationDeps,
  auth: AuthContext,
  key: string,
  body: { serviceCode: string; values: FormValues },
  /** `title`: what the application is called in lists and messages when the service's name says too little (which policy is claimed). */
  options: { title?: string } = {},
): Promise<Detail> {
  const repo = deps.applicationRepository;
  const bodyHash = createHash('sha256').update(canonical(body)).digest('hex');
  const replay = async (): Promise<Detail | null> => {
    const existing = await repo.findByKey(auth.userId, key);
    if (!existing) return null;
    if (existing.body_hash !== bodyHash) {
      throw new AppError('IDEMPOTENCY_CONFLICT', 'This Idempotency-Key was used for a different submission');
    }
    return toDetail(deps, existing);
  };
  // Read committed: the UNIQUE (user_id, idempotency_key) decides a race, and what else the
  // transaction reads (the real-name record, certificates for materials) no concurrent
  // submission writes.
  const run = () => deps.db.transaction(async (): Promise<Detail> => {
    const previous = await replay();
    if (previous) return previous;
    const service = deps.catalog.detail(body.serviceCode);
    if (!service) throw new AppError('NOT_FOUND', 'No service with this code');
    const form = deps.forms.formFor(body.serviceCode);
    if (!form) throw new AppError('FORM_NOT_AVAILABLE', 'This service is not done online');
    const realName = await deps.realNameRepository.findByUser(auth.userId);
    if (!realName) throw new AppError('REAL_NAME_REQUIRED', 'Verify your real name before applying');

    const values = await checkedValues(deps, auth, form, body.values);
    const now = deps.now().getTime();
    const today = chinaDate(now);
    const parent: NewApplication = {
      id: newId('app'),
      number: await newApplicationNumber(deps.now(), repo.numberTaken),
      user_id: auth.userId,
      parent_id: null,
      is_bundle: form.bundle ? 1 : 0,
      member_key: null,
      service_code: service.code,
      service_name: options.title ?? service.name,
      department: service.department,
      status: 'submitted',
      values_json: sealFormValues(deps.crypto, values),
      deadline: addWorkingDays(today, service.guide.promisedLimitDays),
      idempotency_key: key,
      body_hash: bodyHash,
      submitted_at: now,
      updated_at: now,
      routed_region: routedRegionOf(realName.id_number_masked, deps.config.region),
    };
    await repo.insert(parent);
    const submitEvent = { action: 'submit', from_status: null, to_status: 'submitted' as const, actor_kind: 'applicant' as const, actor_user_id: auth.userId, staff_name: null, reason: null, at: now };
    await repo.addEvent({ ...submitEvent, application_id: parent.id });
    for (const [index, member] of (form.bundle?.members ?? []).entries()) {
      const child: NewApplication = {
        ...parent,
        id: newId('app'),
        number: `${parent.number}-${String(index + 1).padStart(2, '0')}`,
        parent_id: parent.id,
        is_bundle: 0,
        member_key: member.key,
        service_code: member.serviceCode ?? service.code,
        service_name: member.name,
        department: member.department,
        values_json: sealFormValues(deps.crypto, valuesForMember(form, values, member.key)),
        deadline: memberDeadline(today, promisedDays(deps, member.serviceCode, service.guide.promisedLimitDays), parent.deadline),
        idempotency_key: null,
        body_hash: null,
      };
      await repo.insert(child);
      await repo.addEvent({ ...submitEvent, application_id: child.id });
    }
    await deps.draftRepository.remove(auth.userId, service.code);
    await deps.messages.addMessage({
      userId: auth.userId, kind: 'application_submitted', applicationId: parent.id, serviceName: parent.service_name,
      status: 'submitted', deadline: parent.deadline,
    });
    return toDetail(deps, (await repo.findById(parent.id)) as ApplicationRow);
  }, { isolation: 'read committed' });
  try {
    return await run();
  } catch (error) {
    // Another connection committed the same key first: answer with what it stored. Inside a
    // caller's transaction the error goes up instead, so that the whole transaction is retried
    // (on PostgreSQL this one is aborted and could not run the replay query).
    if (isUniqueViolation(error) && !deps.db.inTransaction()) {
      const previous = await replay();
      if (previous) return previous;
    }
    throw error;
  }
}

export async function listApplications(deps: ApplicationDeps, auth: AuthContext, status?: ApplicationStatus) {
  const rows = await deps.applicationRepository.listTopLevel(auth.userId);
  const summaries = await Promise.all(rows.map((row) => toSummary(deps, row)));
  const items = summaries.filter((summary) => !status || summary.status === status);
  return { items };
}

export async function getApplication(deps: ApplicationDeps, auth: AuthContext, id: string): Promise<Detail> {
  return toDetail(deps, await findOwned(deps, auth, id));
}

/** The status an application was in when its correction was requested: it goes back there. */
async function statusBeforeCorrection(deps: ApplicationDeps, id: string): Promise<ApplicationStatus> {
  const events = await deps.applicationRepository.listEvents(id);
  const request = [...events].reverse().find((event) => event.action === 'request_correction');
  return request?.from_status ?? 'submitted';
}

/** 补正: only while correction_requested, only the requested ids, and the whole form re-validated. */
export async function submitCorrection(deps: ApplicationDeps, auth: AuthContext, id: string, body: { values: FormValues }): Promise<Detail> {
  const repo = deps.applicationRepository;
  return deps.db.transaction(async (): Promise<Detail> => {
    const row = await findOwned(deps, auth, id);
    const status = await currentStatus(deps, row);
    if (row.is_bundle || status !== 'correction_requested') {
      throw new AppError('ILLEGAL_TRANSITION', row.is_bundle ? 'Correct the sub-application the department asked about' : 'No correction was requested', {
        currentStatus: status,
      });
    }
    const correction = JSON.parse(row.correction_json ?? '{"fields":[]}') as { fields: string[] };
    if (correction.fields.length > 0) {
      const notRequested = Object.keys(body.values).filter((key) => !correction.fields.includes(key));
      if (notRequested.length > 0) throw formInvalid(notRequested.map((path) => ({ path, code: 'NOT_REQUESTED' })));
    }
    const parent = row.parent_id ? await repo.findById(row.parent_id) : null;
    const form = deps.forms.formFor(parent ? parent.service_code : row.service_code);
    if (!form) throw new AppError('FORM_NOT_AVAILABLE', 'This service is no longer done online');
    const base = { ...(parent ? openFormValues<FormValues>(deps.crypto, parent.values_json) : {}), ...openFormValues<FormValues>(deps.crypto, row.values_json) };
    const values = await checkedValues(deps, auth, form, { ...base, ...body.values });
    const now = deps.now().getTime();
    const back = await statusBeforeCorrection(deps, row.id);
    if (parent && row.member_key) {
      await repo.setValues({ id: parent.id, values_json: sealFormValues(deps.crypto, values), updated_at: now });
      await repo.setValues({ id: row.id, values_json: sealFormValues(deps.crypto, valuesForMember(form, values, row.member_key)), updated_at: now });
    } else {
      await repo.setValues({ id: row.id, values_json: sealFormValues(deps.crypto, values), updated_at: now });
    }
    await repo.setStatus({ id: row.id, status: back, correction_json: null, updated_at: now });
    await repo.addEvent({
      application_id: row.id, action: 'resubmit', from_status: 'correction_requested', to_status: back,
      actor_kind: 'applicant', actor_user_id: auth.userId, staff_name: null, reason: null, at: now,
    });
    return toDetail(deps, (await repo.findById(row.id)) as ApplicationRow);
  });
}

/** 好差评: once, after 办结; a 差评 (≤ 2) opens a follow-up for staff. */
export async function rateApplication(
  deps: ApplicationDeps,
  auth: AuthContext,
  id: string,
  body: { score: number; tags: string[]; comment?: string },
): Promise<Detail> {
  const repo = deps.applicationRepository;
  return deps.db.transaction(async (): Promise<Detail> => {
    const row = await findOwned(deps, auth, id);
    const status = await currentStatus(deps, row);
    if (row.parent_id !== null || status !== 'approved') {
      throw new AppError('ILLEGAL_TRANSITION', row.parent_id ? 'Rate the 一件事 as a whole' : 'Only a finished (办结) application can be rated', {
        currentStatus: status,
      });
    }
    if (await repo.findRating(row.id)) throw new AppError('ALREADY_RATED', 'This application has been rated');
    try {
      await repo.insertRating({
        application_id: row.id,
        user_id: auth.userId,
        score: body.score,
        tags_json: JSON.stringify(body.tags),
        comment: body.comment?.trim() || null,
        rated_at: deps.now().getTime(),
        follow_up_status: body.score <= 2 ? 'open' : null,
      });
    } catch (error) {
      // A concurrent rating committed first (SQLite primary key; PostgreSQL unique_violation).
      const code = (error as { code?: string } | null)?.code;
      if (code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === '23505') throw new AppError('ALREADY_RATED', 'This application has been rated');
      throw error;
    }
    return toDetail(deps, row);
  });
}

/**
 * What other modules call: 12345 cases find the caller's application, policies apply through one,
 * the back office shows applications as their applicants see them.
 */
export function createApplicationService(deps: ApplicationDeps) {
  return bindDeps(deps, { findOwned, submitApplication, toSummary, toDetail });
}

export type ApplicationService = ReturnType<typeof createApplicationService>;
