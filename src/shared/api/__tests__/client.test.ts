import { fakeApi, sampleProfile } from '@test/jest/fake-api';
import { useSessionStore } from '@/shared/state/session-store';
import { ApiClientError } from '@/shared/api/api-error';
import { callApi } from '@/shared/api/client';
import { errorMessage } from '@/shared/api/error-message';
import { ErrorCode } from '@contract/common';
import { hasMessage } from '@/shared/i18n/i18n';

beforeEach(() => useSessionStore.getState().signOut());

test('every request carries the same X-Device-Id of this install', async () => {
  const calls = fakeApi(() => ({ status: 200, body: { resendAfter: 60, expiresIn: 300 } }));
  await callApi('sendSmsCode', { body: { phone: '13800138000' } });
  await callApi('getHealth');
  expect(calls[0].headers['X-Device-Id']).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
  expect(calls[1].headers['X-Device-Id']).toBe(calls[0].headers['X-Device-Id']);
});

test('an API error becomes an ApiClientError with its code and field issues', async () => {
  fakeApi(() => ({
    status: 400,
    body: { code: 'VALIDATION_FAILED', message: 'bad', issues: [{ path: 'idNumber', code: 'CITIZEN_ID_INVALID', message: 'x' }] },
  }));
  const error = await callApi('verifyRealName', { body: { name: '张三', idNumber: '1' } }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ApiClientError);
  expect((error as ApiClientError).code).toBe('VALIDATION_FAILED');
  expect(errorMessage('zh-CN', error)).toBe('身份证号码有误，请核对（含末位校验码）');
  expect(errorMessage('en', error)).toMatch(/ID number is not valid/);
});

test('an expired session signs the user out locally', async () => {
  useSessionStore.getState().signIn({ token: 'old', expiresAt: '2099-01-01T00:00:00Z', profile: { ...sampleProfile } });
  fakeApi(() => ({ status: 401, body: { code: 'SESSION_EXPIRED', message: 'expired' } }));
  await expect(callApi('getProfile')).rejects.toMatchObject({ code: 'SESSION_EXPIRED' });
  expect(useSessionStore.getState().token).toBeNull();
});

test('a failed connection is NETWORK, with a readable message', async () => {
  fakeApi(() => 'network-error');
  const error = await callApi('getHealth').catch((e: unknown) => e);
  expect((error as ApiClientError).code).toBe('NETWORK');
  expect(errorMessage('zh-CN', error)).toBe('网络连接失败，请检查网络后重试');
});

test('every error code of the contract has a message in every language', () => {
  for (const code of ErrorCode.options) {
    expect(hasMessage(`error.${code}`)).toBe(true);
  }
});

test('signing out wipes what the phone kept for the user', async () => {
  const { writeUserCache, readUserCache } = await import('@/shared/storage/user-cache');
  useSessionStore.getState().signIn({ token: 'tok', expiresAt: '2099-01-01T00:00:00Z', profile: { ...sampleProfile } });
  writeUserCache('codes:u1:person:', { codes: [] });
  useSessionStore.getState().signOut();
  expect(readUserCache('codes:u1:person:')).toBeNull();
});
