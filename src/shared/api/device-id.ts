import Taro from '@tarojs/taro';

const KEY = 'device-id';
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

let cached: string | null = null;

/**
 * A random id per app install, sent as X-Device-Id so the server can put SMS limits on the device
 * that asks rather than on the phone number asked for. It identifies nothing about the person and
 * survives signing out (it belongs to the install, not the user). Math.random is enough: it is a
 * hint, not a secret, and the mini-program has no WebCrypto.
 */
export function deviceId(): string {
  if (cached) return cached;
  const stored: unknown = Taro.getStorageSync(KEY);
  if (typeof stored === 'string' && /^[A-Za-z0-9_-]{8,64}$/.test(stored)) {
    cached = stored;
    return stored;
  }
  const fresh = Array.from({ length: 24 }, () => ALPHABET[Math.floor(Math.random() * ALPHABET.length)]).join('');
  Taro.setStorageSync(KEY, fresh);
  cached = fresh;
  return fresh;
}
