import { useEffect } from 'react';

/** An in-memory stand-in for the parts of @tarojs/taro the client uses. */
const storage = new Map<string, unknown>();

type RequestOptions = {
  url: string;
  method: string;
  data?: unknown;
  header?: Record<string, string>;
  success: (res: { statusCode: number; data: unknown; header: Record<string, string> }) => void;
  fail: (err: { errMsg: string }) => void;
};

const Taro = {
  getStorageSync: (key: string) => storage.get(key) ?? '',
  setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
  removeStorageSync: (key: string) => void storage.delete(key),
  clearStorageSync: () => storage.clear(),
  getStorageInfoSync: () => ({ keys: [...storage.keys()], currentSize: 0, limitSize: 10240 }),
  request: jest.fn((_: RequestOptions) => undefined),
  showToast: jest.fn(() => Promise.resolve()),
  setTabBarItem: jest.fn(() => Promise.resolve()),
  setNavigationBarTitle: jest.fn(() => Promise.resolve()),
  switchTab: jest.fn(() => Promise.resolve()),
  navigateTo: jest.fn(() => Promise.resolve()),
  navigateBack: jest.fn(() => Promise.resolve()),
  getCurrentPages: () => [],
  getNetworkType: () => undefined,
  onNetworkStatusChange: () => undefined,
  offNetworkStatusChange: () => undefined,
  login: jest.fn(() => Promise.resolve({ code: 'dev:test' })),
  getAppBaseInfo: () => ({ fontSizeScaleFactor: 1 }),
};

export const useDidShow = (fn: () => void) => {
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => fn(), []);
};

// A rendered component is on screen until a test says otherwise (none hides a page).
export const useDidHide = (_fn: () => void) => undefined;

export type { RequestOptions };
export default Taro;
