import { verify, type VerifyOptions, type VerifyResult } from '@scqr/verify';

/**
 * scqr-v1 §7 on the device. The mini-program has no native ECDSA (no `crypto.subtle`, only the
 * async random source), so it checks signatures with the pure-JS P-256 of @noble/curves.
 */
export function verifyCode(payload: string, options: VerifyOptions): Promise<VerifyResult> {
  return Promise.resolve(verify(payload, options));
}
