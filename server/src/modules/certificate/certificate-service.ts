/**
 * 卡包 (wallet), 亮证 (scqr-v1 §3) and 挂失 for the signed-in holder, and the back office's
 * revocation. A certificate is the caller's when it is held under the HMAC of their verified ID
 * number, under the credit code of an enterprise they are bound to, or was issued to their account
 * by an approval; anyone else's reads as absent (404). Sensitive values leave masked unless a
 * fresh re-authentication accompanies the request, and never enter a presentation in full.
 */
import type { z } from 'zod';
import type {
  CertificateDetail, CertificateStatus, CertificateSummary, CertificateUsageList, OfflineBatch, Presentation,
  PresentationTemplate, StaffCertificate,
} from '../../../../types/certificates';
import type { Region } from '../../../../types/identity';
import { chinaDate } from '../../../../types/working-days';
import { decodeBase64, encodeBase64 } from '../../../../scqr/base64';
import { decodeBase45 } from '../../../../scqr/base45';
import { decodeCbor } from '../../../../scqr/cbor';
import { parseCoseSign1 } from '../../../../scqr/cose';
import { readClaims } from '../../../../scqr/cwt';
import { type EcpContent, encodeEcp, issueEcpOffline } from '../../../../scqr/encode';
import { PREFIX_ECP } from '../../../../scqr/verify';
import { inflateZlib } from '../../../../scqr/zlib';
import { AppError } from '../../errors';
import type { Language } from '../../http/language';
import { certificateClassEn, departmentEn } from '../catalog/reference/english/index';
import { secureRandomBytes } from '../trust/keys/keystore';
import type { CertificateRow, PresentationRow, StoredStatus } from './certificate-repository';
import { certificateValueEn } from './reference/certificate-values-en';
import { CERTIFICATE_CATALOGUE, type CatalogueClass, catalogueClass, classInfo, maskValue, presentableValues, templateKeys } from './certificate-catalog';
import type { AuthContext } from '../identity/auth-context';
import { bindDeps } from '../../shared/bind-deps';
import type { CertificateDeps } from './certificate-deps';
import { notAuthorized } from '../enterprise/enterprise-authority';

type Summary = z.input<typeof CertificateSummary>;

export const ONLINE_PRESENTATION_SECONDS = 300;
export const OFFLINE_CREDENTIAL_SECONDS = 24 * 3600;

const iso = (ms: number) => new Date(ms).toISOString();

export function listCertificateClasses() {
  return { items: [...CERTIFICATE_CATALOGUE.values()].map(classInfo) };
}

/** Every certificate the account may use, in catalogue order. */
export async function certificatesOfUser(deps: CertificateDeps, userId: string): Promise<CertificateRow[]> {
  const repo = deps.certificateRepository;
  const rows = new Map<string, CertificateRow>();
  const realName = await deps.realNameRepository.findByUser(userId);
  if (realName) for (const row of await repo.listOfHolder('person', realName.id_number_hash)) rows.set(row.id, row);
  // An enterprise's certificates reach the wallets of its representative and of agents holding its certificates scope.
  for (const enterprise of await deps.enterpriseRepository.listBoundToUser(userId)) {
    if (!(await deps.enterpriseAccess.hasEnterpriseScope(userId, enterprise, 'certificates'))) continue;
    for (const row of await repo.listOfHolder('enterprise', enterprise.credit_code)) rows.set(row.id, row);
  }
  for (const row of await repo.listOfHolderUser(userId)) rows.set(row.id, row);
  return [...rows.values()].sort(
    (a, b) => (CERTIFICATE_CATALOGUE.get(a.class_code)?.number ?? 99) - (CERTIFICATE_CATALOGUE.get(b.class_code)?.number ?? 99) || a.issued_at - b.issued_at,
  );
}

export function displayStatus(row: Pick<CertificateRow, 'status' | 'lost_reported' | 'valid_to'>, today: string): CertificateStatus {
  if (row.status === 'revoked') return 'revoked';
  if (row.lost_reported) return 'lost-reported';
  if (row.status === 'suspended') return 'suspended';
  if (row.valid_to && /^\d{4}-\d{2}-\d{2}$/.test(row.valid_to) && row.valid_to < today) return 'expired';
  return 'valid';
}

function today(deps: CertificateDeps): string {
  return chinaDate(deps.now());
}

/** The wallet in the reader's language: the class and its issuer named in English when asked. */
function toSummary(deps: CertificateDeps, row: CertificateRow, language: Language = 'zh-CN'): Summary {
  const c = catalogueClass(row.class_code);
  const issuer = c.issuer[deps.config.region];
  return {
    id: row.id,
    classCode: row.class_code,
    className: language === 'en' ? certificateClassEn(c.name) : c.name,
    holderKind: row.holder_kind,
    holderName: row.holder_name_masked,
    issuer: language === 'en' ? departmentEn(issuer) : issuer,
    region: deps.config.region,
    status: displayStatus(row, today(deps)),
    validFrom: row.valid_from,
    validTo: row.valid_to,
    issuedAt: iso(row.issued_at),
  };
}

async function ownedCertificate(deps: CertificateDeps, auth: AuthContext, id: string): Promise<CertificateRow> {
  const row = (await certificatesOfUser(deps, auth.userId)).find((r) => r.id === id);
  if (!row) {
    // A certificate of an enterprise the caller is bound to, without its certificates scope: say so.
    const stored = await deps.certificateRepository.findById(id);
    if (stored?.holder_kind === 'enterprise' && (await enterpriseBindingOf(deps, auth.userId, stored))) throw notAuthorized('certificates');
    throw new AppError('NOT_FOUND', 'No such certificate in your wallet');
  }
  return row;
}

async function enterpriseBindingOf(deps: CertificateDeps, userId: string, row: CertificateRow) {
  if (row.holder_kind !== 'enterprise') return null;
  return (await deps.enterpriseRepository.listBoundToUser(userId)).find((e) => e.credit_code === row.holder_key) ?? null;
}

/** 亮证 and 挂失 of an enterprise's certificate go into its activity log. */
async function noteEnterpriseUse(
  deps: CertificateDeps,
  auth: AuthContext,
  row: CertificateRow,
  action: 'certificate_presented' | 'certificate_loss_reported',
): Promise<void> {
  const binding = await enterpriseBindingOf(deps, auth.userId, row);
  if (!binding) return;
  await deps.enterpriseAccess.recordEnterpriseActivity({
    enterpriseId: binding.id, userId: auth.userId, role: binding.role, action, detail: catalogueClass(row.class_code).name,
  });
}

function fieldValues(deps: CertificateDeps, row: CertificateRow): Record<string, string> {
  return JSON.parse(deps.crypto.decrypt('certificate-fields', row.fields_enc)) as Record<string, string>;
}

function photoOf(deps: CertificateDeps, row: CertificateRow): Buffer | null {
  return row.photo_enc ? Buffer.from(deps.crypto.decrypt('certificate-photo', row.photo_enc), 'base64') : null;
}

/** The holder's photo of a certificate of this node (for an online verifier allowed to see it). */
export async function certificatePhoto(deps: CertificateDeps, id: string): Promise<{ photo: Buffer; digestHex: string } | null> {
  const row = await deps.certificateRepository.findById(id);
  const photo = row ? photoOf(deps, row) : null;
  return row && photo && row.photo_digest ? { photo, digestHex: row.photo_digest } : null;
}

export async function listMyCertificates(deps: CertificateDeps, auth: AuthContext, language: Language = 'zh-CN') {
  return { items: (await certificatesOfUser(deps, auth.userId)).map((row) => toSummary(deps, row, language)) };
}

export async function getMyCertificate(
  deps: CertificateDeps,
  auth: AuthContext,
  id: string,
  reauthToken: string | undefined,
  language: Language = 'zh-CN',
): Promise<z.input<typeof CertificateDetail>> {
  const row = await ownedCertificate(deps, auth, id);
  const c = catalogueClass(row.class_code);
  const values = fieldValues(deps, row);
  const revealed = await deps.reauth.isReauthenticated(auth, reauthToken);
  const photo = photoOf(deps, row);
  return {
    ...toSummary(deps, row, language),
    fields: c.fields.map((f) => {
      const value = f.type === 'image' ? null : (values[f.key] ?? null);
      const mask = f.sensitive && !revealed && value !== null;
      const shown = value !== null && language === 'en' ? certificateValueEn(f.key, value) : value;
      return { ...f, value: mask ? maskValue(value) : shown, masked: mask };
    }),
    layout: language === 'en' ? { ...c.layout, title: certificateClassEn(c.name) } : c.layout,
    templates: classInfo(c).templates,
    photoBase64: photo ? photo.toString('base64') : null,
    sensitiveRevealed: revealed,
  };
}

function requirePresentable(deps: CertificateDeps, row: CertificateRow): void {
  const status = displayStatus(row, today(deps));
  if (status !== 'valid') {
    throw new AppError('ILLEGAL_TRANSITION', `A certificate that is ${status} cannot be shown`, { currentStatus: status });
  }
}

function statusRef(deps: CertificateDeps, row: CertificateRow) {
  return { i: row.list_index, u: deps.certificateStatus.urlOf(row.list_id) };
}

function ctiOfCose(cose: Uint8Array): string {
  const { claims } = readClaims(decodeCbor(parseCoseSign1(decodeCbor(cose)).payload));
  if (!claims.cti) throw new Error('a signed presentation has no cti');
  return encodeBase64(claims.cti);
}

/** The COSE bytes of an `ECP1:` payload. */
export function coseOfPayload(payload: string): Uint8Array {
  return inflateZlib(decodeBase45(payload.slice(PREFIX_ECP.length)));
}

function contentFor(deps: CertificateDeps, row: CertificateRow, c: CatalogueClass, keys: readonly string[], withPhoto: boolean, withId: boolean): EcpContent {
  const content: EcpContent = {
    dt: row.class_code,
    hr: deps.config.region,
    fields: presentableValues(c, fieldValues(deps, row), keys),
    st: statusRef(deps, row),
  };
  if (withId) content.id = row.id;
  if (withPhoto && row.photo_digest) content.ph = new Uint8Array(Buffer.from(row.photo_digest, 'hex'));
  return content;
}

/** 亮证, online form (§3.1): only the chosen fields (or a scene template), sensitive ones masked. */
export async function createPresentation(
  deps: CertificateDeps,
  auth: AuthContext,
  id: string,
  body: { fields?: string[]; template?: PresentationTemplate },
): Promise<z.input<typeof Presentation>> {
  const row = await ownedCertificate(deps, auth, id);
  requirePresentable(deps, row);
  const c = catalogueClass(row.class_code);
  let keys: string[];
  let withPhoto: boolean;
  let withId: boolean;
  if (body.template) {
    ({ keys, withPhoto, withId } = templateKeys(c, body.template));
  } else {
    const requested = body.fields ?? [];
    const known = new Set(c.fields.map((f) => f.key));
    const unknown = requested.filter((k) => !known.has(k));
    if (unknown.length > 0) {
      throw new AppError('VALIDATION_FAILED', 'Not fields of this certificate class', {
        issues: unknown.map((k) => ({ path: `fields.${k}`, code: 'UNKNOWN_FIELD', message: 'Not a field of this certificate' })),
      });
    }
    const photoKey = c.fields.find((f) => f.type === 'image')?.key;
    withPhoto = photoKey !== undefined && requested.includes(photoKey);
    keys = requested.filter((k) => k !== photoKey);
    withId = false;
  }
  const content = contentFor(deps, row, c, keys, withPhoto, withId);
  const at = deps.now();
  const key = await deps.trust.currentSigningKey();
  const payload = encodeEcp(content, {
    key: key.key, iss: deps.config.region, randomBytes: secureRandomBytes, at, lifetimeSeconds: ONLINE_PRESENTATION_SECONDS,
  });
  const iat = Math.floor(at.getTime() / 1000);
  const exp = iat + ONLINE_PRESENTATION_SECONDS;
  await deps.certificateRepository.recordPresentations(
    [{ cti: ctiOfCose(coseOfPayload(payload)), certificate_id: row.id, user_id: auth.userId, kind: 'online', iat: iat * 1000, exp: exp * 1000 }],
    at.getTime(),
  );
  await noteEnterpriseUse(deps, auth, row, 'certificate_presented');
  return { certificateId: row.id, payload, iat, exp, template: body.template ?? null, fields: Object.keys(content.fields), photoDigest: content.ph !== undefined };
}

/** Offline selective-disclosure credentials (§3.2), ≤ 24 h, every non-image field (sensitive masked). */
export async function issueOfflineBatch(
  deps: CertificateDeps,
  auth: AuthContext,
  id: string,
  body: { count: number },
): Promise<z.input<typeof OfflineBatch>> {
  const row = await ownedCertificate(deps, auth, id);
  requirePresentable(deps, row);
  const c = catalogueClass(row.class_code);
  const { keys } = templateKeys(c, 'window');
  const content = contentFor(deps, row, c, keys, true, true);
  const at = deps.now();
  const key = await deps.trust.currentSigningKey();
  const iat = Math.floor(at.getTime() / 1000);
  const exp = iat + OFFLINE_CREDENTIAL_SECONDS;
  const credentials = Array.from({ length: body.count }, () =>
    issueEcpOffline(content, { key: key.key, iss: deps.config.region, randomBytes: secureRandomBytes, at, lifetimeSeconds: OFFLINE_CREDENTIAL_SECONDS }),
  );
  const rows: PresentationRow[] = credentials.map((cred) => ({
    cti: ctiOfCose(decodeBase64(cred.cose)), certificate_id: row.id, user_id: auth.userId, kind: 'offline', iat: iat * 1000, exp: exp * 1000,
  }));
  await deps.certificateRepository.recordPresentations(rows, at.getTime());
  await noteEnterpriseUse(deps, auth, row, 'certificate_presented');
  return {
    certificateId: row.id,
    classCode: row.class_code,
    region: deps.config.region,
    credentials,
    fieldNames: Object.keys(content.fields),
    iat,
    exp,
    status: { index: row.list_index, url: deps.certificateStatus.urlOf(row.list_id) },
  };
}

async function changeStatus(
  deps: CertificateDeps,
  row: CertificateRow,
  to: StoredStatus,
  lost: boolean,
  actor: { kind: 'staff' | 'holder'; userId: string; staffName: string | null; reason: string | null },
): Promise<void> {
  const now = deps.now().getTime();
  const from = displayStatus(row, today(deps));
  await deps.certificateRepository.setStatus(row.id, to, lost, now);
  const after = displayStatus({ ...row, status: to, lost_reported: lost ? 1 : 0 }, today(deps));
  await deps.certificateRepository.addEvent({
    certificate_id: row.id, at: now, from_status: from, to_status: after, actor_kind: actor.kind,
    actor_user_id: actor.userId, staff_name: actor.staffName, reason: actor.reason,
  });
}

/** 挂失: suspended in the status list at once; no new presentations or offline batches. */
export async function reportCertificateLoss(deps: CertificateDeps, auth: AuthContext, id: string): Promise<Summary> {
  return deps.db.transaction(async () => {
    const row = await ownedCertificate(deps, auth, id);
    if (row.status === 'revoked' || row.lost_reported) {
      throw new AppError('ILLEGAL_TRANSITION', 'Already revoked or reported lost', { currentStatus: displayStatus(row, today(deps)) });
    }
    await changeStatus(deps, row, 'suspended', true, { kind: 'holder', userId: auth.userId, staffName: null, reason: '持证人挂失' });
    await noteEnterpriseUse(deps, auth, row, 'certificate_loss_reported');
    return toSummary(deps, (await deps.certificateRepository.findById(id)) as CertificateRow);
  });
}

export async function listCertificateUsage(deps: CertificateDeps, auth: AuthContext): Promise<z.input<typeof CertificateUsageList>> {
  return {
    items: (await deps.certificateRepository.listUsage(auth.userId)).map((u) => ({
      id: u.id,
      at: iso(u.at),
      certificateId: u.certificate_id,
      classCode: u.class_code,
      className: CERTIFICATE_CATALOGUE.get(u.class_code)?.name ?? u.class_code,
      verifierName: u.verifier_name,
      verifierKind: u.verifier_kind as 'window' | 'hotel' | 'transit',
      verifierRegion: u.verifier_region as Region,
      fields: JSON.parse(u.fields_json) as string[],
      photo: u.photo === 1,
    })),
  };
}

/** Back office: revoke, suspend or reinstate (also lifts a 挂失). Audited; the status list follows at once. */
export async function setCertificateStatus(
  deps: CertificateDeps,
  auth: AuthContext,
  id: string,
  body: { status: StoredStatus; reason: string },
): Promise<z.input<typeof StaffCertificate>> {
  const staff = await deps.staffAccess.requireStaff(auth, ['certificate_officer']);
  return deps.db.transaction(async () => {
    const row = await deps.certificateRepository.findById(id);
    if (!row) throw new AppError('NOT_FOUND', 'No certificate with this identifier on this node');
    const region = await deps.staffAccess.requireCertificateHandler(auth, staff, row);
    if (row.status === 'revoked') throw new AppError('ILLEGAL_TRANSITION', 'A revoked certificate stays revoked', { currentStatus: 'revoked' });
    await changeStatus(deps, row, body.status, false, { kind: 'staff', userId: auth.userId, staffName: staff.name, reason: body.reason });
    const action = body.status === 'revoked' ? 'certificate_revoke' : body.status === 'suspended' ? 'certificate_suspend' : 'certificate_reinstate';
    await deps.staffAccess.recordStaffAction(auth, staff, { action, targetKind: 'certificate', targetId: row.id, targetRegion: region, reason: body.reason });
    const after = (await deps.certificateRepository.findById(id)) as CertificateRow;
    const history = await deps.certificateRepository.listEvents(id);
    return {
      id: after.id,
      classCode: after.class_code,
      className: catalogueClass(after.class_code).name,
      holderName: after.holder_name_masked,
      status: displayStatus(after, today(deps)),
      statusList: { listId: after.list_id, index: after.list_index },
      history: history.map((e) => ({
        at: iso(e.at), from: e.from_status, to: e.to_status, actor: e.actor_kind, staffName: e.staff_name, reason: e.reason,
      })),
    };
  });
}

/** Classes of the user's valid certificates, for 材料智能调用 (form-service's wallet hook). */
export async function validCertificateClasses(deps: CertificateDeps, userId: string): Promise<string[]> {
  const day = today(deps);
  return [...new Set((await certificatesOfUser(deps, userId)).filter((r) => displayStatus(r, day) === 'valid').map((r) => r.class_code))];
}

/** Field values of the user's valid certificates as `certificate.<CLASS>.<field>` (non-sensitive only). */
export async function certificatePrefillValues(deps: CertificateDeps, userId: string): Promise<Record<string, string>> {
  const day = today(deps);
  const out: Record<string, string> = {};
  for (const row of await certificatesOfUser(deps, userId)) {
    if (displayStatus(row, day) !== 'valid') continue;
    const c = catalogueClass(row.class_code);
    const values = fieldValues(deps, row);
    for (const f of c.fields) {
      const key = `certificate.${row.class_code}.${f.key}`;
      if (f.type === 'image' || values[f.key] === undefined || key in out) continue;
      out[key] = f.sensitive ? maskValue(values[f.key]) : values[f.key];
    }
  }
  return out;
}

/** What the application module calls for 材料智能调用: the classes of the user's valid certificates. */
export function createCertificateHolding(deps: CertificateDeps) {
  return bindDeps(deps, { validCertificateClasses });
}

export type CertificateHolding = ReturnType<typeof createCertificateHolding>;
