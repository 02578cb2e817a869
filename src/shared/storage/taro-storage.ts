import Taro from '@tarojs/taro';
import type { StateStorage } from 'zustand/middleware';

/**
 * zustand persistence over Taro storage (wx storage on weapp, localStorage on H5). Synchronous,
 * so a persisted store is hydrated before the first render and the first screen needs no wait.
 */
export const taroStorage: StateStorage = {
  getItem: (name) => {
    const value: unknown = Taro.getStorageSync(name);
    return typeof value === 'string' && value !== '' ? value : null;
  },
  setItem: (name, value) => {
    Taro.setStorageSync(name, value);
  },
  removeItem: (name) => {
    Taro.removeStorageSync(name);
  },
};
