import type { z } from 'zod';
import type { EnterpriseCodeInfo, ServiceCodeBatch } from '../../../../types/service-code';
import { encodeBase64 } from '../../../../scqr/base64';
import { decodeBase45 } from '../../../../scqr/base45';
import { decodeCbor } from '../../../../scqr/cbor';
import { parseCoseSign1 } from '../../../../scqr/cose';
import { type GscBody, readClaims } from '../../../../scqr/cwt';
import { encodeGscBatch } from '../../../../scqr/encode';
import { PREFIX_GSC } from '../../../../scqr/verify';
import { inflateZlib } from '../../../../scqr/zlib';
import { AppError } from '../../errors';
import { secureRandomBytes } from '../trust/keys/keystore';
import type { EnterpriseRole } from '../../../../types/identity';
import type { IssuedCodeRow } from './service-code-repository';
import type { AuthContext } from '../identity/auth-context';
import type { EnterpriseCodeDeps, ServiceCodeDeps } from './service-code-deps';

const MINUTE_MS = 60 * 1000;

/**
 * The pseudonymous subject (`sub`, scqr-v1 §2): an HMAC with the node's key, 128 bits in
 * base64url, never derived from the ID number. A person's codes get a fresh one per batch (from a
 * random batch id), so verifiers who compare scans cannot link two batches to one holder; the
 * node maps it back through issued_codes (cti → sub → user).
 */
export function subjectId(deps: ServiceCodeDeps, value: string): string {
  return Buffer.from(deps.crypto.hmac('gsc-subject', value).slice(0, 32), 'hex').toString('base64url');
}

/** The cti (base64) of a code this node just signed, read back from the payload. */
export function ctiOfPayload(payload: string): string {
  const cose = parseCoseSign1(decodeCbor(inflateZlib(decodeBase45(payload.slice(PREFIX_GSC.length)))));
  const { claims } = readClaims(decodeCbor(cose.payload));
  if (!claims.cti) throw new Error('a signed code has no cti');
  return encodeBase64(claims.cti);
}

/** The enterprise as a 企业码 shows it: registry credit profile included (empty when the registry has none). */
export async function enterpriseCodeInfo(
  deps: EnterpriseCodeDeps,
  enterprise: { name: string; creditCode: string },
): Promise<z.input<typeof EnterpriseCodeInfo>> {
  const profile = (await deps.providers.enterpriseRegistry.findCreditProfile?.(enterprise.creditCode)) ?? null;
  return {
    name: enterprise.name,
    creditCode: enterprise.creditCode,
    creditRating: profile?.creditRating ?? '未评级',
    licences: profile?.licences ?? [],
  };
}

/**
 * 亮码: signs `count` 政务服务码 (person) or 企业码 (the enterprise this session acts for) for
 * consecutive 60 s windows from the start of the current minute (scqr-v1 §2: iat staggered by
 * 60 s, exp = iat + 120), and records each cti → holder for online resolution (§5). The codes
 * carry only the masked name and ID (person) or the enterprise's public name and credit code.
 */
export async function issueServiceCodes(
  deps: ServiceCodeDeps,
  auth: AuthContext,
  request: { kind: 'person' | 'enterprise'; count: number },
): Promise<z.input<typeof ServiceCodeBatch>> {
  const realName = await deps.realNameRepository.findByUser(auth.userId);
  if (!realName) throw new AppError('REAL_NAME_REQUIRED', 'Complete real-name verification before showing a service code');
  const region = deps.config.region;

  let body: GscBody;
  let holder: { name: string; idNumber: string };
  let enterprise: z.input<typeof EnterpriseCodeInfo> | null = null;
  let enterpriseId: string | null = null;
  let enterpriseRole: EnterpriseRole | null = null;
  if (request.kind === 'enterprise') {
    const binding = await deps.enterpriseAccess.requireEnterpriseScope(auth, 'service_code', 'Act as a bound enterprise (法人) to show its 企业码');
    enterpriseId = binding.id;
    enterpriseRole = binding.role;
    enterprise = await enterpriseCodeInfo(deps, { name: binding.name, creditCode: binding.credit_code });
    body = { t: 'E', sub: subjectId(deps, `enterprise:${binding.id}`), n: binding.name, i: binding.credit_code, r: region };
    holder = { name: binding.name, idNumber: binding.credit_code };
  } else {
    const batchId = Buffer.from(secureRandomBytes(16)).toString('hex');
    body = { t: 'P', sub: subjectId(deps, `batch:${batchId}`), n: realName.name_masked, i: realName.id_number_masked, r: region };
    holder = { name: realName.name_masked, idNumber: realName.id_number_masked };
  }

  const nowMs = deps.now().getTime();
  const windowStart = new Date(Math.floor(nowMs / MINUTE_MS) * MINUTE_MS);
  const signingKey = await deps.trust.currentSigningKey();
  const codes = encodeGscBatch(body, {
    key: signingKey.key,
    iss: region,
    randomBytes: secureRandomBytes,
    at: windowStart,
    count: request.count,
  });
  const rows: IssuedCodeRow[] = codes.map((code) => ({
    cti: ctiOfPayload(code.payload),
    user_id: auth.userId,
    enterprise_id: enterpriseId,
    kind: request.kind,
    sub: body.sub,
    iat: code.iat * 1000,
    exp: code.exp * 1000,
  }));
  await deps.serviceCodeRepository.recordIssued(rows, nowMs);
  if (enterpriseId && enterpriseRole) {
    await deps.enterpriseAccess.recordEnterpriseActivity({
      enterpriseId, userId: auth.userId, role: enterpriseRole, action: 'enterprise_code_issued', detail: `${request.count}`,
    });
  }
  return { kind: request.kind, region, holder, enterprise, codes };
}
