import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { fakeApi, sampleProfile } from '@test/jest/fake-api';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { useSessionStore } from '@/shared/state/session-store';
import { CertificateStatusForm } from '@/features/staff-desk/components/certificate-status-form';

// The shared Taro mock has no <Textarea>: a plain textarea with Taro's onInput shape.
function mockTextarea({ id, value, onInput, ...rest }: Record<string, unknown>) {
  const onChange = (e: { target: { value: string } }) => (onInput as (event: unknown) => void)({ detail: { value: e.target.value } });
  return <textarea id={id as string} value={value as string} aria-label={rest['aria-label'] as string} onChange={onChange} />;
}
jest.mock('@tarojs/components', () => ({ ...jest.requireActual('@test/jest/taro-components'), Textarea: mockTextarea }));

const CERT = '1.2.156.3005.2.CY001.510000.000000000001.001.X';

beforeEach(() => {
  usePreferencesStore.getState().setLanguage('zh-CN');
  useSessionStore.getState().signIn({ token: 't', expiresAt: '2099-01-01T00:00:00Z', profile: { ...sampleProfile } });
});

function fill(reason: string) {
  fireEvent.input(screen.getByLabelText('电子证照标识'), { target: { value: CERT } });
  fireEvent.change(screen.getByLabelText('理由（记入证照变更记录）'), { target: { value: reason } });
}

test('suspends a certificate with the reason and shows its new status', async () => {
  const calls = fakeApi(() => ({
    status: 200,
    body: {
      id: CERT, classCode: 'DRVLIC', className: '机动车驾驶证', holderName: '张*', status: 'suspended',
      statusList: { listId: '510000-1', index: 1 },
      history: [{ at: '2026-12-03T02:00:00Z', from: 'valid', to: 'suspended', actor: 'staff', staffName: '证照管理员（成都市）', reason: '信息核查中' }],
    },
  }));
  render(<CertificateStatusForm />);
  fill('信息核查中');
  await act(async () => {
    fireEvent.click(screen.getByText('确认挂起'));
  });
  await waitFor(() => expect(screen.getByTestId('certificate-status-result')).toBeTruthy());
  expect(calls[0].method).toBe('POST');
  expect(calls[0].url).toContain(`/api/v1/staff/certificates/${CERT}/status`);
  expect(calls[0].data).toEqual({ status: 'suspended', reason: '信息核查中' });
  expect(screen.getByText('当前状态：已挂起')).toBeTruthy();
});

test("another region's certificate: the server's refusal is shown in words", async () => {
  fakeApi(() => ({ status: 403, body: { code: 'STAFF_OFFICE_FORBIDDEN', message: "This certificate belongs to another region's office" } }));
  render(<CertificateStatusForm />);
  fill('越区挂起');
  await act(async () => {
    fireEvent.click(screen.getByText('确认挂起'));
  });
  await waitFor(() => expect(screen.getByTestId('certificate-status-error').textContent).toBe('该事项不属于您所在的办理机构'));
  expect(screen.queryByTestId('certificate-status-result')).toBeNull();
});

test('nothing is sent without a reason', async () => {
  const calls = fakeApi(() => ({ status: 200, body: {} }));
  render(<CertificateStatusForm />);
  fill('');
  await act(async () => {
    fireEvent.click(screen.getByText('确认挂起'));
  });
  expect(screen.getByTestId('certificate-reason-error').textContent).toBe('请填写理由（至少2个字）');
  expect(calls).toHaveLength(0);
});
