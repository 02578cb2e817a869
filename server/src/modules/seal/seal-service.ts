import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { SealDetail, SealStatus, SealSummary, SealUsage, SealVerification, StampedDocument } from '../../../../types/seal';
import { AppError } from '../../errors';
import { newId } from '../../security/crypto';
import type { AuthContext } from '../identity/auth-context';
import type { ApplicationRow } from '../application/application-repository';
import { regionNameOf } from '../staff/staff-regions';
import { checkPdfSignature } from './pdf-verify';
import { stampPdf } from './pdf-stamp';
import type { SignerMaterial } from './cades';
import { chainsTo, createSealCertificate, createTimestampCertificate, generateSealKeyPair, newSerialHex } from './seal-certificates';
import { regionIssuer } from './seal-issuers';
import { peerSealStatus } from './seal-status-exchange';
import { issuerKidOf, peerSealIssuers, type TrustedSealIssuer } from './seal-trust';
import type { SealDeps } from './seal-deps';
import { SEAL_KEY_PURPOSE, type SealIssuerRow, type SealRow, type SealUsageRow } from './seal-repository';

/** 企业开办: the services whose approval yields the 电子营业执照 and, with it, the 电子印章. */
export const SEAL_SERVICES: ReadonlySet<string> = new Set(['SCJG-0001', 'SCJG-0004']);
/** The TSA's certificate ends before the issuer's, so every token it signs chains to a valid issuer. */
const TSA_YEARS = 10;
/** A seal certificate lasts as long as the enterprise's licence is not revoked; renewed every 5 years. */
const SEAL_YEARS = 5;
const SEAL_KIND = '电子公章';

const iso = (ms: number) => new Date(ms).toISOString();

const sealKey = (deps: SealDeps, enc: string) => deps.crypto.decrypt(SEAL_KEY_PURPOSE, enc);

/** The region's time-stamping authority, set up on first use under the region's seal issuer. */
async function regionTimestampAuthority(deps: SealDeps, issuer: SealIssuerRow): Promise<SignerMaterial> {
  const repo = deps.sealRepository;
  let tsa = await repo.timestampAuthority(issuer.id);
  if (!tsa) {
    const regionName = regionNameOf(deps.config.region);
    const keys = generateSealKeyPair();
    const now = deps.now();
    tsa = await repo.insertTimestampAuthorityOnce({
      issuer_id: issuer.id,
      region: issuer.region,
      name: `${regionName}电子印章时间戳服务`,
      certificate_pem: await createTimestampCertificate({
        regionName,
        issuerCertPem: issuer.certificate_pem,
        issuerKeyPem: sealKey(deps, issuer.private_key_enc),
        tsaPublicKeyPem: keys.publicKeyPem,
        now,
        years: TSA_YEARS,
      }),
      private_key_enc: deps.crypto.encrypt(SEAL_KEY_PURPOSE, keys.privateKeyPem),
      created_at: now.getTime(),
    });
  }
  return { keyPem: sealKey(deps, tsa.private_key_enc), certPem: tsa.certificate_pem, chainPems: [issuer.certificate_pem] };
}

/**
 * The approve hook for 企业开办: with the 电子营业执照 just issued into the applicant's wallet, the
 * enterprise's 电子印章 — a key pair held here, a certificate from the region's seal issuer. Runs
 * inside the approval's transaction; at most one seal per application.
 */
export async function issueSealOnApproval(deps: SealDeps, row: ApplicationRow, nowMs: number): Promise<string | null> {
  if (!SEAL_SERVICES.has(row.service_code)) return null;
  const repo = deps.sealRepository;
  if (await repo.byApplication(row.id)) return null;
  const licence = await deps.certificateRepository.findByApplication(row.id, 'BIZLIC');
  if (!licence) return null;
  const certified = await certifySeal(deps, { enterpriseName: licence.holder_name_masked, creditCode: licence.holder_key }, nowMs);
  const id = newId('seal');
  await repo.insertSeal({
    id,
    credit_code: licence.holder_key,
    enterprise_name: licence.holder_name_masked,
    kind: SEAL_KIND,
    region: deps.config.region,
    legal_rep_user_id: row.user_id,
    application_id: row.id,
    ...certified,
    key_purpose: SEAL_KEY_PURPOSE,
    status: 'active',
    status_reason: null,
    status_changed_at: null,
    issued_at: nowMs,
  });
  return id;
}

/** A new key pair for a seal and its certificate from the region's issuer in use. */
async function certifySeal(deps: SealDeps, holder: { enterpriseName: string; creditCode: string }, nowMs: number) {
  const issuer = await regionIssuer(deps);
  const keys = generateSealKeyPair();
  const serial = newSerialHex();
  const validUntil = nowMs + SEAL_YEARS * 365 * 86_400_000;
  const certificatePem = await createSealCertificate({
    issuerCertPem: issuer.certificate_pem,
    issuerKeyPem: sealKey(deps, issuer.private_key_enc),
    sealPublicKeyPem: keys.publicKeyPem,
    ...holder,
    serialHex: serial,
    notBefore: new Date(nowMs - 60_000),
    notAfter: new Date(validUntil),
  });
  return {
    issuer_id: issuer.id,
    serial,
    certificate_pem: certificatePem,
    private_key_enc: deps.crypto.encrypt(SEAL_KEY_PURPOSE, keys.privateKeyPem),
    valid_until: validUntil,
  };
}

/**
 * The seal as it stamps now: one certified by a withdrawn issuer gets a new key and certificate
 * from the issuer in use first (the old key is retired with the issuer it was certified under).
 */
async function sealInUse(deps: SealDeps, seal: SealRow): Promise<{ seal: SealRow; issuer: SealIssuerRow }> {
  const issuer = await regionIssuer(deps);
  if (seal.issuer_id === issuer.id) return { seal, issuer };
  await deps.sealRepository.recertify(seal.id, seal.issuer_id, await certifySeal(deps, { enterpriseName: seal.enterprise_name, creditCode: seal.credit_code }, deps.now().getTime()));
  const current = await deps.sealRepository.byId(seal.id);
  if (!current) throw new AppError('NOT_FOUND', 'No such seal for this account');
  return { seal: current, issuer };
}

type Role = 'legal_representative' | 'agent';

/**
 * The caller's capacity for a seal: its legal representative (the applicant who opened the
 * enterprise, or a binding as 法定代表人), or an agent of the enterprise the session acts for
 * holding its 电子证照 scope (the seal's certificate is one of the enterprise's certificates).
 */
async function roleFor(deps: SealDeps, auth: AuthContext, seal: SealRow): Promise<Role | null> {
  if (seal.legal_rep_user_id === auth.userId) return 'legal_representative';
  const binding = await deps.enterpriseAccess.actingBinding(auth);
  if (!binding || binding.credit_code !== seal.credit_code) return null;
  if (binding.role === 'legal_representative') return 'legal_representative';
  return (await deps.enterpriseAccess.hasEnterpriseScope(auth.userId, binding, 'certificates')) ? 'agent' : null;
}

async function sealFor(deps: SealDeps, auth: AuthContext, id: string): Promise<{ seal: SealRow; role: Role }> {
  const seal = await deps.sealRepository.byId(id);
  const role = seal ? await roleFor(deps, auth, seal) : null;
  // Someone else's seal is not acknowledged to exist.
  if (!seal || !role) throw new AppError('NOT_FOUND', 'No such seal for this account');
  return { seal, role };
}

function summary(seal: SealRow, issuerName: string): Omit<z.input<typeof SealSummary>, 'role'> {
  return {
    id: seal.id,
    enterpriseName: seal.enterprise_name,
    creditCode: seal.credit_code,
    kind: seal.kind,
    status: seal.status as SealStatus,
    serial: seal.serial,
    issuer: issuerName,
    issuedAt: iso(Number(seal.issued_at)),
    validUntil: iso(Number(seal.valid_until)),
  };
}

function toUsage(row: SealUsageRow): SealUsage {
  return {
    id: row.id,
    documentName: row.document_name,
    documentSha256: row.document_sha256,
    pages: Number(row.pages),
    stampedBy: row.actor_name_masked,
    role: row.actor_role as Role,
    stampedAt: iso(Number(row.stamped_at)),
  };
}

/** Every issuer the region has had, by id (a seal names the one that certified it). */
async function issuerNames(deps: SealDeps): Promise<Map<string, SealIssuerRow>> {
  return new Map((await deps.sealRepository.allIssuers()).map((i) => [i.id, i]));
}

export async function listMySeals(deps: SealDeps, auth: AuthContext): Promise<{ items: z.input<typeof SealSummary>[] }> {
  const binding = await deps.enterpriseAccess.actingBinding(auth);
  const rows = await deps.sealRepository.usableBy(auth.userId, binding?.credit_code ?? null);
  const issuers = await issuerNames(deps);
  const items: z.input<typeof SealSummary>[] = [];
  for (const seal of rows) {
    const role = await roleFor(deps, auth, seal);
    if (role) items.push({ ...summary(seal, issuers.get(seal.issuer_id)?.name ?? seal.region), role });
  }
  return { items };
}

export async function getMySeal(deps: SealDeps, auth: AuthContext, id: string): Promise<z.input<typeof SealDetail>> {
  const { seal, role } = await sealFor(deps, auth, id);
  const issuer = (await issuerNames(deps)).get(seal.issuer_id);
  return {
    ...summary(seal, issuer?.name ?? seal.region),
    role,
    certificatePem: seal.certificate_pem,
    issuerCertificatePem: issuer?.certificate_pem ?? '',
    statusReason: seal.status_reason,
    usage: (await deps.sealRepository.usageOf(seal.id)).map(toUsage),
  };
}

async function ownedPdf(deps: SealDeps, auth: AuthContext, uploadId: string): Promise<{ bytes: Buffer; name: string }> {
  const uploads = deps.uploadRepository;
  const upload = await uploads.findOwned(auth.userId, uploadId);
  const bytes = upload ? await uploads.readContent(uploadId) : null;
  if (!upload || !bytes) throw new AppError('NOT_FOUND', 'No such upload');
  if (upload.content_type !== 'application/pdf') throw new AppError('FILE_TYPE_NOT_ALLOWED', 'Only a PDF can be stamped or checked');
  return { bytes, name: upload.name };
}

export async function stampDocument(
  deps: SealDeps,
  auth: AuthContext,
  id: string,
  body: { uploadId: string; documentName?: string },
): Promise<StampedDocument> {
  const found = await sealFor(deps, auth, id);
  const role = found.role;
  if (found.seal.status !== 'active') {
    throw new AppError('ILLEGAL_TRANSITION', found.seal.status === 'revoked' ? 'This seal is revoked' : 'This seal is suspended', { currentStatus: found.seal.status });
  }
  const { bytes, name } = await ownedPdf(deps, auth, body.uploadId);
  const { seal, issuer } = await sealInUse(deps, found.seal);
  const now = deps.now();
  let stamped;
  try {
    stamped = await stampPdf({
      pdf: bytes,
      enterpriseName: seal.enterprise_name,
      seal: { keyPem: sealKey(deps, seal.private_key_enc), certPem: seal.certificate_pem, chainPems: [issuer.certificate_pem] },
      tsa: await regionTimestampAuthority(deps, issuer),
      at: now,
      reason: `Electronic seal of ${seal.credit_code}`,
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('VALIDATION_FAILED', 'The file could not be read as a PDF', { issues: [{ path: 'uploadId', code: 'PDF_UNREADABLE', message: 'Not a readable PDF' }] });
  }
  const realName = await deps.realNameRepository.findByUser(auth.userId);
  const documentName = (body.documentName ?? name).slice(0, 100);
  const usage: SealUsageRow = {
    id: newId('use'),
    seal_id: seal.id,
    user_id: auth.userId,
    actor_name_masked: realName?.name_masked ?? '—',
    actor_role: role,
    document_name: documentName,
    document_sha256: createHash('sha256').update(stamped.pdf).digest('hex'),
    signature_sha256: stamped.signatureSha256,
    pages: stamped.pages,
    stamped_at: now.getTime(),
  };
  await deps.sealRepository.insertUsage(usage);
  // The enterprise's activity log records each use of its seal, beside its other acts.
  const enterpriseId = await enterpriseRecordOf(deps, seal);
  await deps.enterpriseAccess.recordEnterpriseActivity({ enterpriseId, userId: auth.userId, role, action: 'seal_stamped', detail: documentName });
  const base = documentName.replace(/\.pdf$/i, '');
  return { usage: toUsage(usage), fileName: `${base}（已盖章）.pdf`, pdfBase64: stamped.pdf.toString('base64') };
}

/**
 * The enterprise's record on this node (what its activity log hangs on). An enterprise opened
 * here whose founder stamps before anyone bound it has none yet: it is created from the seal —
 * the name and credit code of its licence, the founder as legal representative — and binding
 * it later refreshes it from the registry.
 */
async function enterpriseRecordOf(deps: SealDeps, seal: SealRow): Promise<string> {
  const known = await deps.enterpriseRepository.findIdByCreditCode(seal.credit_code);
  if (known) return known;
  const founder = seal.legal_rep_user_id ? await deps.realNameRepository.findByUser(seal.legal_rep_user_id) : null;
  const id = newId('ent');
  try {
    await deps.enterpriseRepository.insertEnterprise({
      id,
      creditCode: seal.credit_code,
      name: seal.enterprise_name,
      legalRepresentative: founder ? deps.crypto.decrypt('person-name', founder.name_enc) : '',
      updatedAt: deps.now().getTime(),
    });
    return id;
  } catch (error) {
    // Another request created it meanwhile (credit codes are unique): use that one.
    const created = await deps.enterpriseRepository.findIdByCreditCode(seal.credit_code);
    if (created) return created;
    throw error;
  }
}

/**
 * A stamped PDF checked by anyone signed in: the CAdES signature over the bytes and the seal
 * certificate it names (signing-certificate-v2), the signature timestamp (its imprint over the
 * signature value, the TSA's chain to a seal issuer this node knows), the seal certificate's chain
 * at the timestamp's time, the seal's status now (since when; for another region's seal, from the
 * copy of its issuer's revocation list, and how current that copy is), and — from the use record
 * the signature points to — who stamped it. The time shown is the timestamp's, not the time the signer claimed.
 */
export async function verifyStampedDocument(deps: SealDeps, auth: AuthContext, body: { uploadId: string }): Promise<z.input<typeof SealVerification>> {
  const { bytes } = await ownedPdf(deps, auth, body.uploadId);
  const check = checkPdfSignature(bytes);
  const none = {
    intact: false, coversWholeFile: false, certificateBound: false, chainValid: false,
    status: null, statusSince: null, statusList: null, seal: null, timestamp: null, signingTime: null, stampedBy: null,
  };
  if (!check) return { verdict: 'unsigned', ...none };
  const issuers = await trustedIssuers(deps);
  const ts = check.timestamp;
  const tsaTrusted = ts ? issuers.some((issuer) => chainsTo(ts.tsaCertificatePem, issuer.certificatePem, ts.time)) : false;
  const timestampHolds = Boolean(ts && ts.tokenIntact && ts.imprintMatches);
  const timestampValid = timestampHolds && tsaTrusted;
  const at = ts && timestampValid ? ts.time : deps.now();
  const trusted = issuers.find((issuer) => chainsTo(check.certificatePem, issuer.certificatePem, at));
  // A seal of this region is on record here (status, who stamped); another region's is known by
  // its certificate, its issuer vouched for by that region's trust list, and its status by the
  // copy of that issuer's revocation list.
  const foreign = trusted !== undefined && trusted.region !== deps.config.region;
  const seal = foreign ? undefined : await deps.sealRepository.bySerial(check.serialHex);
  const peer = foreign ? await peerSealStatus(deps, trusted, check.serialHex) : null;
  const usage = seal ? await deps.sealRepository.usageBySignature(check.signatureSha256) : undefined;
  const status = seal && trusted ? (seal.status as SealStatus) : (peer?.status ?? null);
  const since = seal && trusted && status !== 'active' ? seal.status_changed_at : (peer?.since?.getTime() ?? null);
  // A revocation is final, even in a stale copy; anything else in a stale copy may have changed since.
  const statusKnown = seal !== undefined || (peer !== null && (!peer.list.stale || peer.status === 'revoked'));
  const verdict: z.input<typeof SealVerification>['verdict'] = !check.intact || !check.coversWholeFile || (ts && !timestampHolds)
    ? 'tampered'
    : !trusted || !(seal || foreign) || !check.certificateBound || !timestampValid
      ? 'untrusted'
      : !statusKnown
        ? 'status_unknown'
        : status === 'revoked'
          ? 'revoked'
          : status === 'suspended'
            ? 'suspended'
            : 'valid';
  return {
    verdict,
    intact: check.intact,
    coversWholeFile: check.coversWholeFile,
    certificateBound: check.certificateBound,
    chainValid: Boolean(trusted),
    status,
    statusSince: trusted && since !== null ? iso(Number(since)) : null,
    statusList: trusted && peer
      ? { issuedAt: peer.list.issuedAt.toISOString(), nextUpdate: peer.list.nextUpdate.toISOString(), fetchedAt: peer.list.fetchedAt.toISOString(), stale: peer.list.stale }
      : null,
    seal: seal && trusted
      ? { enterpriseName: seal.enterprise_name, creditCode: seal.credit_code, serial: seal.serial, issuer: trusted.name }
      : foreign
        ? { ...check.holder, serial: check.serialHex, issuer: trusted.name }
        : null,
    timestamp: ts ? { time: ts.time.toISOString(), authority: ts.authority, valid: timestampValid } : null,
    signingTime: ts && timestampValid ? ts.time.toISOString() : null,
    stampedBy: usage && seal && usage.seal_id === seal.id ? { name: usage.actor_name_masked, role: usage.actor_role as Role } : null,
  };
}

/**
 * The seal issuers a stamped PDF may chain to: this region's in use (from its own table, so a seal
 * issued a moment ago verifies at once; a withdrawn one vouches for nothing) and the other
 * regions' SEAL entries in their fresh trust lists (a stale or withdrawn one vouches for nothing).
 */
async function trustedIssuers(deps: SealDeps): Promise<TrustedSealIssuer[]> {
  const own = await deps.sealRepository.currentIssuer(deps.config.region);
  const stores = await deps.trust.verificationStores();
  return [
    ...(own ? [{ kid: issuerKidOf(own.certificate_pem), region: own.region, name: own.name, certificatePem: own.certificate_pem }] : []),
    ...peerSealIssuers(stores.fresh, deps.config.region, deps.now()),
  ];
}

const STATUS_ACTION = { revoked: 'certificate_revoke', suspended: 'certificate_suspend', active: 'certificate_reinstate' } as const;

/** Back office: a 证照 officer of the seal's region suspends, reinstates or revokes it, like a certificate. */
export async function setSealStatus(deps: SealDeps, auth: AuthContext, id: string, body: { status: SealStatus; reason: string }) {
  const staff = await deps.staffAccess.requireStaff(auth, ['certificate_officer']);
  return deps.db.transaction(async () => {
    const repo = deps.sealRepository;
    const seal = await repo.byId(id);
    if (!seal) throw new AppError('NOT_FOUND', 'No seal with this identifier on this node');
    const region = await deps.staffAccess.requireCertificateHandler(auth, staff, {
      application_id: seal.application_id,
      holder_kind: 'enterprise',
      holder_key: seal.credit_code,
      holder_user_id: seal.legal_rep_user_id,
    });
    if (seal.status === 'revoked') throw new AppError('ILLEGAL_TRANSITION', 'A revoked seal stays revoked', { currentStatus: 'revoked' });
    await repo.setStatus(seal.id, body.status, body.reason, deps.now().getTime());
    await deps.staffAccess.recordStaffAction(auth, staff, { action: STATUS_ACTION[body.status], targetKind: 'certificate', targetId: seal.id, targetRegion: region, reason: body.reason });
    const issuer = (await issuerNames(deps)).get(seal.issuer_id);
    return summary({ ...seal, status: body.status }, issuer?.name ?? seal.region);
  });
}
