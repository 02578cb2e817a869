import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import type { Es256Verifier } from '../../../scqr/verify';

/** Trust lists hold a handful of keys; their parsed forms are kept rather than rebuilt per code. */
const keys = new Map<string, KeyObject>();

function keyObject(publicKey: Uint8Array): KeyObject {
  const id = Buffer.from(publicKey).toString('base64');
  let key = keys.get(id);
  if (!key) {
    // Uncompressed SEC1 point 04‖x‖y, as the scqr library normalises every trusted key.
    key = createPublicKey({
      key: {
        kty: 'EC',
        crv: 'P-256',
        x: Buffer.from(publicKey.subarray(1, 33)).toString('base64url'),
        y: Buffer.from(publicKey.subarray(33, 65)).toString('base64url'),
      },
      format: 'jwk',
    });
    if (keys.size > 1000) keys.clear();
    keys.set(id, key);
  }
  return key;
}

/**
 * ES256 through OpenSSL: the pure-JS check the app uses costs ~2 ms a signature, which caps online
 * resolution far below its 2,000/s budget; OpenSSL's is ~30× faster. Same inputs, same answer.
 */
export const nativeEs256Verifier: Es256Verifier = (signature, message, publicKey) => {
  if (publicKey.length !== 65 || publicKey[0] !== 4) return false;
  try {
    return verify('sha256', message, { key: keyObject(publicKey), dsaEncoding: 'ieee-p1363' }, signature);
  } catch {
    return false;
  }
};
