import { act, renderHook } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { fakeApi, sampleProfile } from '@test/jest/fake-api';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { useSessionStore } from '@/shared/state/session-store';
import { readUserCache, writeUserCache } from '@/shared/storage/user-cache';
import { useSessionActions } from '@/features/auth/hooks/use-session-actions';

/** What a person leaves on the phone: a draft, an offline code batch, their searches. */
function leavePersonalData() {
  useSessionStore.getState().signIn({ token: 't', expiresAt: '2099-01-01T00:00:00Z', profile: { ...sampleProfile } });
  writeUserCache('draft:u1:SB-0001', { values: { phone: '13800138000' } });
  writeUserCache('offline-batch:u1:c1', { codes: ['x'] });
  writeUserCache('search-history', ['离婚登记']);
}

const personal = () => ['draft:u1:SB-0001', 'offline-batch:u1:c1', 'search-history'].filter((k) => readUserCache(k) !== null);

beforeEach(() => {
  useSessionStore.getState().signOut();
  Taro.clearStorageSync();
  act(() => {
    usePreferencesStore.getState().setLanguage('en');
    usePreferencesStore.getState().setElderMode(true);
  });
});

test('退出登录 leaves nothing of the person on the phone, and keeps the phone’s language and 长辈版', async () => {
  leavePersonalData();
  const calls = fakeApi(() => ({ status: 200, body: { ok: true } }));
  const actions = renderHook(() => useSessionActions()).result.current;
  await act(() => actions.signOut());
  expect(calls.map((c) => c.url)).toEqual([expect.stringMatching(/\/api\/v1\/auth\/logout$/)]);
  expect(useSessionStore.getState().profile).toBeNull();
  expect(personal()).toEqual([]);
  expect(usePreferencesStore.getState()).toMatchObject({ language: 'en', elderMode: true });
});

test('退出登录 offline still forgets the person on the phone', async () => {
  leavePersonalData();
  fakeApi(() => 'network-error');
  const actions = renderHook(() => useSessionActions()).result.current;
  await act(() => actions.signOut());
  expect(personal()).toEqual([]);
});

test('注销账号 leaves nothing of the person once the server confirms, and nothing is lost if it does not', async () => {
  leavePersonalData();
  fakeApi(() => ({ status: 500, body: { code: 'INTERNAL', message: 'down' } }));
  const actions = renderHook(() => useSessionActions()).result.current;
  await act(() => expect(actions.deleteAccount()).rejects.toMatchObject({ code: 'INTERNAL' }));
  expect(personal()).toHaveLength(3);

  fakeApi(() => ({ status: 200, body: { ok: true } }));
  await act(() => actions.deleteAccount());
  expect(personal()).toEqual([]);
  expect(usePreferencesStore.getState()).toMatchObject({ language: 'en', elderMode: true });
});
