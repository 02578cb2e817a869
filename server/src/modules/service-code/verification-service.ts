import type { z } from 'zod';
import type {
  CodeUsageList,
  ResolvedAttributes,
  VerificationResult,
  VerifierMembership,
  VerifierScope,
} from '../../../../types/service-code';
import type { Region } from '../../../../types/identity';
import type { GscBody } from '../../../../scqr/cwt';
import { AppError } from '../../errors';
import { verifyPayload } from '../trust/payload-verification';
import { PERSON_ATTRIBUTE_SOURCES, personAttributesRead, type IssuedCodeWithHolder } from './service-code-repository';
import type { VerifierOrganisationRow } from './verifier-repository';
import { newId } from '../../security/crypto';
import { enterpriseCodeInfo } from './service-code-service';
import type { AuthContext } from '../identity/auth-context';
import type { ServiceCodeDeps } from './service-code-deps';

type Attributes = z.input<typeof ResolvedAttributes>;

const PURGE_EVERY_MS = 10 * 60 * 1000;

function scopesOf(org: VerifierOrganisationRow): VerifierScope[] {
  return JSON.parse(org.scopes_json) as VerifierScope[];
}

async function requireOrganisation(deps: ServiceCodeDeps, auth: AuthContext, nowMs: number): Promise<VerifierOrganisationRow> {
  const org = await deps.memberships.organisationOf(auth.userId, nowMs, () => deps.verifierRepository.findOrganisationOfUser(auth.userId));
  if (!org) throw new AppError('FORBIDDEN', 'Only members of a registered verifier organisation may resolve codes');
  return org;
}

export async function getVerifierMembership(deps: ServiceCodeDeps, auth: AuthContext): Promise<z.input<typeof VerifierMembership>> {
  const org = await deps.verifierRepository.findOrganisationOfUser(auth.userId);
  return {
    organisation: org ? { id: org.id, name: org.name, kind: org.kind, region: org.region as Region, scopes: scopesOf(org) } : null,
  };
}

/** Only what the organisation's scopes allow, read from this node's records of the holder. */
async function holderAttributes(deps: ServiceCodeDeps, holder: IssuedCodeWithHolder, scopes: VerifierScope[]): Promise<Attributes> {
  const attributes: Attributes = {};
  for (const scope of personAttributesRead(holder, scopes)) {
    const value = holder[PERSON_ATTRIBUTE_SOURCES[scope]] as string;
    attributes[scope] = scope === 'fullName' ? deps.crypto.decrypt('person-name', value) : value;
  }
  if (scopes.includes('enterprise') && holder.kind === 'enterprise' && holder.enterprise_id) {
    // Still bound and still authorized: a holder who unbound the enterprise, or an agent whose
    // authorization was revoked since, no longer speaks for it.
    const binding = await deps.enterpriseRepository.findBinding(holder.user_id, holder.enterprise_id);
    if (binding && (await deps.enterpriseAccess.hasEnterpriseScope(holder.user_id, binding, 'service_code'))) attributes.enterprise = await enterpriseCodeInfo(deps, { name: binding.name, creditCode: binding.credit_code });
  }
  return attributes;
}

async function purgeIfDue(deps: ServiceCodeDeps, nowMs: number): Promise<void> {
  const { housekeeping, serviceCodeRepository } = deps;
  if (nowMs - housekeeping.lastPurgeMs < PURGE_EVERY_MS) return;
  housekeeping.lastPurgeMs = nowMs;
  await serviceCodeRepository.purgeResolutions(nowMs);
}

/**
 * POST /verifications (scqr-v1 §5) for a member of a registered verifier organisation. Any
 * payload is a verification result (200, ok:false with the §7 reason), never an error. A GSC1 code
 * resolves once per organisation (USED after that, decided by one INSERT, so concurrent scans
 * cannot both win); a successful resolution lands in the holder's 用码记录.
 */
export async function resolveServiceCode(
  deps: ServiceCodeDeps,
  auth: AuthContext,
  payload: string,
): Promise<z.input<typeof VerificationResult>> {
  const at = deps.now();
  const nowMs = at.getTime();
  const org = await requireOrganisation(deps, auth, nowMs);
  await purgeIfDue(deps, nowMs);
  const result = await verifyPayload(deps, payload, at);
  const answer: z.input<typeof VerificationResult> = {
    ok: false,
    reason: result.reason,
    kind: result.kind,
    iss: result.iss ?? null,
    subject: null,
    attributes: {},
    verifiedAt: at.toISOString(),
  };
  if (!result.ok) return answer;
  // A certificate presentation (ECP1): status list, disclosed fields, photo, 用证记录 (issue 6).
  if (result.kind !== 'GSC') return deps.certificatePresentations.resolveCertificatePresentation(org, payload, result, answer, at);
  const body = result.body as GscBody;
  const cti = result.claims?.cti;
  if (cti === undefined) return { ...answer, reason: 'CWT' }; // unreachable: profile scqr requires cti
  const subject = { type: body.t, name: body.n, idNumber: body.i, region: body.r };

  const expMs = (result.claims?.exp ?? 0) * 1000;
  // The holder is known only for codes this node issued. A code of the other region verified
  // against that region's cached trust list without any call to it (scqr-v1: mutual recognition
  // with no call between the nodes); its holder's records live on the other node, so the answer
  // is the code's own masked subject and no further attributes, and no 用码记录 is written here.
  if (result.iss !== deps.config.region) {
    const claimed = await deps.serviceCodeRepository.claimResolution(cti, org.id, nowMs, expMs);
    return claimed ? { ...answer, ok: true, reason: 'OK', subject } : { ...answer, reason: 'USED', subject };
  }
  const scopes = scopesOf(org);
  // A person's code (the busiest case: every gate and window) is read and claimed in one step.
  const person = await deps.serviceCodeRepository.resolvePersonCode({
    cti,
    sub: body.sub,
    organisationId: org.id,
    nowMs,
    expMs,
    scopes,
    usage: { id: newId('use'), verifier_name: org.name, verifier_kind: org.kind, verifier_region: org.region },
  });
  if (person.claimed !== null) {
    if (!person.claimed) return { ...answer, reason: 'USED', subject };
    return { ...answer, ok: true, reason: 'OK', subject, attributes: await holderAttributes(deps, person.holder as IssuedCodeWithHolder, scopes) };
  }
  // An enterprise's code: its attributes rest on the binding and authorization read first. A
  // code unknown here, or whose signed `sub` is not the one recorded for its cti (per batch,
  // scqr-v1 §2), tells nothing of a holder.
  const holder = person.holder && (person.holder.sub === null || person.holder.sub === body.sub) ? person.holder : null;
  const attributes = holder ? await holderAttributes(deps, holder, scopes) : {};
  const claimed = holder
    ? await deps.serviceCodeRepository.claimResolutionRecordingUsage(cti, org.id, nowMs, expMs, {
        id: newId('use'),
        user_id: holder.user_id,
        at: nowMs,
        organisation_id: org.id,
        verifier_name: org.name,
        verifier_kind: org.kind,
        verifier_region: org.region,
        code_kind: 'GSC',
        read_json: JSON.stringify(Object.keys(attributes)),
      })
    : await deps.serviceCodeRepository.claimResolution(cti, org.id, nowMs, expMs);
  if (!claimed) return { ...answer, reason: 'USED', subject };
  return { ...answer, ok: true, reason: 'OK', subject, attributes };
}

/** 用码记录: the caller's own records only, newest first. */
export async function listCodeUsage(deps: ServiceCodeDeps, auth: AuthContext): Promise<z.input<typeof CodeUsageList>> {
  return {
    items: (await deps.serviceCodeRepository.listUsage(auth.userId)).map((row) => ({
      id: row.id,
      at: new Date(row.at).toISOString(),
      verifierName: row.verifier_name,
      verifierKind: row.verifier_kind as 'window' | 'hotel' | 'transit',
      verifierRegion: row.verifier_region as Region,
      codeKind: row.code_kind,
      read: JSON.parse(row.read_json) as VerifierScope[],
    })),
  };
}
