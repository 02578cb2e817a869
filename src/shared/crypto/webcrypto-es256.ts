import type { AsyncEs256Verifier } from '@scqr/verify';

type Subtle = Pick<SubtleCrypto, 'importKey' | 'verify'>;

/**
 * ES256 through WebCrypto: raw r‖s (the form WebCrypto's ECDSA takes), the message hashed with
 * SHA-256, the key as an uncompressed SEC1 point. High-S signatures verify, as ECDSA allows and
 * the pure-JS path does. Imported keys are kept: a trust list holds only a handful.
 */
export function webCryptoEs256(subtle: Subtle): AsyncEs256Verifier {
  const keys = new Map<string, Promise<CryptoKey>>();
  return async (signature, message, publicKey) => {
    if (signature.length !== 64 || publicKey.length !== 65 || publicKey[0] !== 4) return false;
    const id = Array.from(publicKey, (b) => b.toString(16).padStart(2, '0')).join('');
    let key = keys.get(id);
    if (!key) {
      key = subtle.importKey('raw', new Uint8Array(publicKey), { name: 'ECDSA', namedCurve: 'P-256' }, false, ['verify']);
      if (keys.size > 100) keys.clear();
      keys.set(id, key);
    }
    try {
      return await subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, await key, new Uint8Array(signature), new Uint8Array(message));
    } catch {
      keys.delete(id);
      return false;
    }
  };
}
