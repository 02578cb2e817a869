import type { VerifyOptions, VerifyResult } from '../../../../scqr/verify';
import { PREFIX_ECP, PREFIX_GSC, verify } from '../../../../scqr/verify';
import { nativeEs256Verifier } from '../../security/native-es256';
import { nativeInflate } from '../../security/native-inflate';
import type { TrustDeps } from './trust-deps';

/**
 * scqr-v1 §7 against the merged trust store at the server clock. A kid known only from a stale
 * peer list reports TRUST_LIST_STALE (that list, not the whole store, is past nextUpdate + 72 h).
 */
export async function verifyPayload(
  deps: TrustDeps,
  payload: string,
  at: Date,
  resolveStatus?: VerifyOptions['resolveStatus'],
): Promise<VerifyResult> {
  const stores = await deps.trust.verificationStores();
  // The server checks signatures and inflates with the platform's native code (same answers as
  // the library's pure-JS defaults, which the app uses); see security/native-*.ts.
  const options = {
    at,
    profile: 'scqr' as const,
    prefixes: [PREFIX_GSC, PREFIX_ECP],
    es256Verifier: nativeEs256Verifier,
    inflate: nativeInflate,
    ...(resolveStatus ? { resolveStatus } : {}),
  };
  const result = verify(payload, { ...options, trustList: stores.fresh });
  if (result.reason === 'KID_UNKNOWN' && stores.withStale && result.kid !== undefined && stores.staleKids.has(result.kid)) {
    return verify(payload, { ...options, trustList: stores.withStale });
  }
  return result;
}
