import { verify, verifyAsync, type AsyncEs256Verifier, type VerifyOptions, type VerifyResult } from '@scqr/verify';
import { webCryptoEs256 } from './webcrypto-es256';

// WebCrypto exists only in secure contexts (https, or localhost): elsewhere the pure-JS check stays.
const subtle: SubtleCrypto | undefined = typeof crypto !== 'undefined' && crypto.subtle ? crypto.subtle : undefined;
const native: AsyncEs256Verifier | undefined = subtle ? webCryptoEs256(subtle) : undefined;

/** scqr-v1 §7 with the browser's native ECDSA when it has one: same answers, several times faster. */
export function verifyCode(payload: string, options: VerifyOptions): Promise<VerifyResult> {
  if (!native || options.es256Verifier) return Promise.resolve(verify(payload, options));
  return verifyAsync(payload, options, native);
}
