import Taro from '@tarojs/taro';

/**
 * Per-user data kept on the phone between launches (e.g. the signed code batch shown offline).
 * Everything here is already masked by the server; it is wiped on sign-out.
 */
const PREFIX = 'user-cache:';

export function readUserCache<T>(key: string): T | null {
  const raw: unknown = Taro.getStorageSync(PREFIX + key);
  if (typeof raw !== 'string' || raw === '') return null;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return null;
  }
}

export function writeUserCache(key: string, value: unknown): void {
  Taro.setStorageSync(PREFIX + key, JSON.stringify(value));
}

export function clearUserCaches(): void {
  const { keys } = Taro.getStorageInfoSync();
  for (const key of keys) if (key.startsWith(PREFIX)) Taro.removeStorageSync(key);
}

export function removeUserCache(key: string): void {
  Taro.removeStorageSync(PREFIX + key);
}
