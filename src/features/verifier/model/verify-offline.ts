import type { GscBody } from '../../../../scqr/cwt';
import type { TrustStore } from '../../../../scqr/trust-list';
import { PREFIX_ECP, PREFIX_GSC, verify } from '../../../../scqr/verify';
import type { VerificationResult } from '../../../../types/service-code';

/**
 * scqr-v1 §7 on the device, with the cached merged trust list: no call to either region's node,
 * which is what makes a Chongqing code verifiable at a Sichuan window with no network.
 */
export function verifyOffline(payload: string, store: TrustStore, at: Date = new Date()): VerificationResult {
  const result = verify(payload.trim(), { trustList: store, at, profile: 'scqr', prefixes: [PREFIX_GSC, PREFIX_ECP] });
  const gsc = result.ok && result.kind === 'GSC' ? (result.body as GscBody) : null;
  return {
    ok: result.ok,
    reason: result.reason,
    kind: result.kind,
    iss: result.claims ? (result.iss ?? null) : null,
    subject: gsc ? { type: gsc.t, name: gsc.n, idNumber: gsc.i, region: gsc.r } : null,
    attributes: {},
    verifiedAt: at.toISOString(),
  };
}
