import type { Profile } from '@contract/identity';
import type * as ClientModule from '@/shared/api/client';
import type * as SessionStoreModule from '@/shared/state/session-store';
import type * as FakeApiModule from '@test/jest/fake-api';
import { sampleProfile } from '@test/jest/fake-api';

type ClientModules = {
  callApi: typeof ClientModule.callApi;
  useSessionStore: typeof SessionStoreModule.useSessionStore;
  selectIsSignedIn: typeof SessionStoreModule.selectIsSignedIn;
  fakeApi: typeof FakeApiModule.fakeApi;
};

/**
 * The client as one build target sees it: TARO_ENV is read when the modules load, so each call
 * loads them afresh (with their own Taro mock), with `stored` already in the phone's storage.
 */
async function clientFor(target: 'h5' | 'weapp', stored: Record<string, string> = {}): Promise<ClientModules> {
  const before = process.env.TARO_ENV;
  process.env.TARO_ENV = target;
  let modules: ClientModules | undefined;
  try {
    await jest.isolateModulesAsync(async () => {
      const taro = (await import('@tarojs/taro')).default;
      for (const [key, value] of Object.entries(stored)) taro.setStorageSync(key, value);
      const store = await import('@/shared/state/session-store');
      const { callApi } = await import('@/shared/api/client');
      const { fakeApi } = await import('@test/jest/fake-api');
      modules = { callApi, fakeApi, useSessionStore: store.useSessionStore, selectIsSignedIn: store.selectIsSignedIn };
    });
  } finally {
    process.env.TARO_ENV = before;
  }
  return modules!;
}

const profile: Profile = { ...sampleProfile };
const CSRF = 'c5rf-Token_from-the-cookie';

afterEach(() => {
  document.cookie = 'tf_csrf=; max-age=0';
});

describe('H5: the session is an HttpOnly cookie', () => {
  test('a login asks for the cookie and keeps no token, yet the user is signed in', async () => {
    const { callApi, fakeApi, useSessionStore, selectIsSignedIn } = await clientFor('h5');
    const calls = fakeApi(() => ({ status: 200, body: { expiresAt: '2099-01-01T00:00:00Z', profile } }));
    const session = await callApi('loginWithSms', { body: { phone: '13800138000', code: '123456' } });
    expect(calls[0].headers['X-Session-Transport']).toBe('cookie');
    expect(calls[0].headers.Authorization).toBeUndefined();
    useSessionStore.getState().signIn(session);
    expect(useSessionStore.getState().token).toBeNull();
    expect(selectIsSignedIn(useSessionStore.getState())).toBe(true);
    expect(JSON.stringify(useSessionStore.getState())).not.toMatch(/token":"/);
  });

  test('unsafe requests echo the CSRF cookie; reads send nothing but the cookie the browser adds', async () => {
    const { callApi, fakeApi, useSessionStore } = await clientFor('h5');
    useSessionStore.getState().signIn({ expiresAt: '2099-01-01T00:00:00Z', profile });
    document.cookie = `tf_csrf=${CSRF}; path=/`;
    const calls = fakeApi(() => ({ status: 200, body: { ok: true } }));
    await callApi('logout');
    await callApi('getProfile');
    expect(calls[0].headers['X-CSRF-Token']).toBe(CSRF);
    expect(calls[0].headers.Authorization).toBeUndefined();
    expect(calls[1].headers['X-CSRF-Token']).toBeUndefined();
    expect(calls[1].headers['X-Session-Transport']).toBeUndefined();
  });

  test('a session persisted by the old H5 (token in localStorage) is dropped, not carried over', async () => {
    const old = JSON.stringify({ state: { token: 'old-bearer-token', expiresAt: '2099-01-01T00:00:00Z', profile }, version: 1 });
    const { useSessionStore, selectIsSignedIn } = await clientFor('h5', { session: old });
    expect(useSessionStore.getState().token).toBeNull();
    expect(selectIsSignedIn(useSessionStore.getState())).toBe(false);
  });
});

describe('mini-program: the bearer token, unchanged', () => {
  test('sends Authorization and no CSRF header or cookie request', async () => {
    const { callApi, fakeApi, useSessionStore } = await clientFor('weapp');
    useSessionStore.getState().signIn({ token: 'tok', expiresAt: '2099-01-01T00:00:00Z', profile });
    document.cookie = `tf_csrf=${CSRF}; path=/`;
    const calls = fakeApi(() => ({ status: 200, body: profile }));
    await callApi('unbindEnterprise', { params: { enterpriseId: 'e/1' } });
    await callApi('loginWithSms', { body: { phone: '13800138000', code: '123456' } });
    expect(calls[0].method).toBe('DELETE');
    expect(calls[0].url).toBe('/api/v1/me/enterprises/e%2F1');
    expect(calls[0].headers.Authorization).toBe('Bearer tok');
    expect(calls[0].headers['X-CSRF-Token']).toBeUndefined();
    expect(calls[1].headers['X-Session-Transport']).toBeUndefined();
  });

  test('a persisted token survives the store upgrade', async () => {
    const old = JSON.stringify({ state: { token: 'kept-bearer-token', expiresAt: '2099-01-01T00:00:00Z', profile }, version: 1 });
    const { useSessionStore } = await clientFor('weapp', { session: old });
    expect(useSessionStore.getState().token).toBe('kept-bearer-token');
  });
});
