import { act, renderHook } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { fakeApi, sampleProfile } from '@test/jest/fake-api';
import { callApi } from '@/shared/api/client';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { useSessionStore } from '@/shared/state/session-store';
import { useSearchHistory } from '@/features/service-catalog/hooks/use-search-history';

/** Everything this phone keeps, by storage key. */
const stored = () => Taro.getStorageInfoSync().keys.join(' ');

function signedInWithHistory() {
  useSessionStore.getState().signIn({ token: 't', expiresAt: '2099-01-01T00:00:00Z', profile: { ...sampleProfile } });
  const hook = renderHook(() => useSearchHistory());
  act(() => hook.result.current.remember('离婚登记'));
  act(() => hook.result.current.remember('gongjijin'));
  expect(hook.result.current.items).toEqual(['gongjijin', '离婚登记']);
  expect(stored()).toMatch(/search-history/);
  return hook;
}

beforeEach(() => {
  useSessionStore.getState().signOut();
  Taro.clearStorageSync();
});

describe('search history on a shared phone', () => {
  // 退出登录 and 注销账号 both end in the session store's signOut (features/auth checks that they do).
  test('is gone at sign-out, from the phone and from a search page still open', () => {
    const hook = signedInWithHistory();
    act(() => useSessionStore.getState().signOut());
    expect(hook.result.current.items).toEqual([]);
    expect(stored()).not.toMatch(/search-history/);
    // The next person opening search sees nothing.
    expect(renderHook(() => useSearchHistory()).result.current.items).toEqual([]);
  });

  test('is gone when the server says the session has expired', async () => {
    const hook = signedInWithHistory();
    fakeApi(() => ({ status: 401, body: { code: 'SESSION_EXPIRED', message: 'expired' } }));
    await act(() => expect(callApi('getProfile')).rejects.toMatchObject({ code: 'SESSION_EXPIRED' }));
    expect(hook.result.current.items).toEqual([]);
    expect(stored()).not.toMatch(/search-history/);
  });

  test('what belongs to the phone stays: language and 长辈版', () => {
    act(() => {
      usePreferencesStore.getState().setLanguage('en');
      usePreferencesStore.getState().setElderMode(true);
    });
    signedInWithHistory();
    act(() => useSessionStore.getState().signOut());
    expect(usePreferencesStore.getState().language).toBe('en');
    expect(usePreferencesStore.getState().elderMode).toBe(true);
    expect(stored()).toMatch(/preferences/);
  });
});
