import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { fakeApi, sampleProfile } from '@test/jest/fake-api';
import { useSessionStore } from '@/shared/state/session-store';
import { SmsLoginForm } from '@/features/auth/components/sms-login-form';

beforeEach(() => useSessionStore.getState().signOut());

function type(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

test('a malformed phone is caught before any request', async () => {
  const calls = fakeApi(() => ({ status: 200, body: {} }));
  render(<SmsLoginForm consentVersion='2026-12-01' onConsentMissing={jest.fn()} onSignedIn={jest.fn()} />);
  type('手机号', '12345');
  fireEvent.click(screen.getByTestId('send-code'));
  expect(await screen.findByText('请输入正确的11位手机号')).toBeTruthy();
  expect(calls).toHaveLength(0);
});

test('sends a code, counts down, and signs in', async () => {
  const onSignedIn = jest.fn();
  const calls = fakeApi((req) =>
    req.url.endsWith('/sms-codes')
      ? { status: 200, body: { resendAfter: 60, expiresIn: 300 } }
      : { status: 200, body: { token: 't1', expiresAt: '2099-01-01T00:00:00Z', profile: sampleProfile } },
  );
  render(<SmsLoginForm consentVersion='2026-12-01' onConsentMissing={jest.fn()} onSignedIn={onSignedIn} />);
  type('手机号', '13800138000');
  await act(async () => {
    fireEvent.click(screen.getByTestId('send-code'));
  });
  expect(await screen.findByText(/秒后重发/)).toBeTruthy();
  type('验证码', '123456');
  await act(async () => {
    fireEvent.click(screen.getByTestId('login-submit'));
  });
  await waitFor(() => expect(onSignedIn).toHaveBeenCalled());
  expect(calls.map((c) => c.url)).toEqual(['/api/v1/auth/sms-codes', '/api/v1/auth/sms-login']);
  expect(calls[1].data).toEqual({ phone: '13800138000', code: '123456', consentVersion: '2026-12-01' });
  expect(useSessionStore.getState().token).toBe('t1');
});

test('a wrong code shows the server reason and keeps the user signed out', async () => {
  fakeApi(() => ({ status: 400, body: { code: 'SMS_CODE_INVALID', message: 'wrong' } }));
  render(<SmsLoginForm consentVersion='2026-12-01' onConsentMissing={jest.fn()} onSignedIn={jest.fn()} />);
  type('手机号', '13800138000');
  type('验证码', '000000');
  await act(async () => {
    fireEvent.click(screen.getByTestId('login-submit'));
  });
  expect(await screen.findByText('验证码错误')).toBeTruthy();
  expect(useSessionStore.getState().token).toBeNull();
});

test('without consent neither a code is sent nor a login made', async () => {
  const calls = fakeApi(() => ({ status: 200, body: {} }));
  const onConsentMissing = jest.fn();
  render(<SmsLoginForm consentVersion={null} onConsentMissing={onConsentMissing} onSignedIn={jest.fn()} />);
  type('手机号', '13800138000');
  type('验证码', '123456');
  await act(async () => {
    fireEvent.click(screen.getByTestId('send-code'));
    fireEvent.click(screen.getByTestId('login-submit'));
  });
  expect(onConsentMissing).toHaveBeenCalledTimes(2);
  expect(calls).toHaveLength(0);
  expect(useSessionStore.getState().token).toBeNull();
});
