import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { FormDefinition } from '@contract/form-engine';
import { fakeApi, sampleProfile } from '@test/jest/fake-api';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { useSessionStore } from '@/shared/state/session-store';
import { TransitionForm } from '@/features/applications/components/transition-form';

// The shared Taro mock has no <Textarea>: a plain textarea with Taro's onInput shape.
function mockTextarea({ id, value, onInput, ...rest }: Record<string, unknown>) {
  const onChange = (e: { target: { value: string } }) => (onInput as (event: unknown) => void)({ detail: { value: e.target.value } });
  return <textarea id={id as string} value={value as string} aria-label={rest['aria-label'] as string} onChange={onChange} />;
}
jest.mock('@tarojs/components', () => ({ ...jest.requireActual('@test/jest/taro-components'), Textarea: mockTextarea }));

const form: FormDefinition = {
  serviceCode: 'SB-0007',
  serviceName: '职工参保缴费证明打印',
  version: 1,
  fields: [
    { id: 'applicantName', label: '申请人姓名', type: 'text', readOnly: true, prefill: 'profile.name' },
    { id: 'purpose', label: '用途', type: 'select', options: [{ value: 'housing', label: '购房' }] },
    { id: 'fromMonth', label: '起始年月', type: 'text' },
  ],
  materials: [{ id: 'material1', name: '居民身份证', required: true, certificateClass: 'IDCARD', accept: ['image/jpeg'], maxFiles: 1 }],
};

const detail = { id: 'a1', status: 'rejected' };

beforeEach(() => {
  usePreferencesStore.getState().setLanguage('zh-CN');
  useSessionStore.getState().signIn({ token: 't', expiresAt: '2099-01-01T00:00:00Z', profile: { ...sampleProfile } });
});

function renderForm(status: 'submitted' | 'accepted' | 'correction_requested' | 'approved' = 'submitted') {
  const onDone = jest.fn();
  const onRefused = jest.fn();
  render(<TransitionForm applicationId='a1' status={status} isBundle={false} form={form} onDone={onDone} onRefused={onRefused} />);
  return { onDone, onRefused };
}

test('only the actions the status allows are offered', () => {
  renderForm('submitted');
  expect(screen.getByText('受理')).toBeTruthy();
  expect(screen.getByText('要求补正')).toBeTruthy();
  expect(screen.getByText('不予受理')).toBeTruthy();
  expect(screen.queryByText('办结（准予）')).toBeNull();
});

test('a finished application offers no action', () => {
  renderForm('approved');
  expect(screen.getByText('当前状态下没有可进行的操作')).toBeTruthy();
  expect(screen.queryByRole('button', { name: '受理' })).toBeNull();
});

test('rejecting needs a reason: nothing is sent without one', async () => {
  const calls = fakeApi(() => ({ status: 200, body: detail }));
  renderForm('submitted');
  fireEvent.click(screen.getByText('不予受理'));
  fireEvent.click(screen.getByText('确认不予受理'));
  expect(await screen.findByText('请填写理由')).toBeTruthy();
  fireEvent.change(screen.getByLabelText('理由（将告知申请人）'), { target: { value: '   ' } });
  fireEvent.click(screen.getByText('确认不予受理'));
  expect(await screen.findByText('请填写理由')).toBeTruthy();
  expect(calls).toHaveLength(0);
});

test('a reason is sent with the rejection, trimmed', async () => {
  const calls = fakeApi(() => ({ status: 200, body: detail }));
  const { onDone } = renderForm('submitted');
  fireEvent.click(screen.getByText('不予受理'));
  fireEvent.change(screen.getByLabelText('理由（将告知申请人）'), { target: { value: ' 不属于本中心受理范围 ' } });
  await act(async () => {
    fireEvent.click(screen.getByText('确认不予受理'));
  });
  await waitFor(() => expect(onDone).toHaveBeenCalled());
  expect(calls[0].url).toContain('/api/v1/staff/applications/a1/transitions');
  expect(calls[0].data).toEqual({ action: 'reject', reason: '不属于本中心受理范围' });
});

test('a correction request needs a reason and at least one item, and sends the chosen items', async () => {
  const calls = fakeApi(() => ({ status: 200, body: { ...detail, status: 'correction_requested' } }));
  const { onDone } = renderForm('accepted');
  fireEvent.click(screen.getByText('要求补正'));
  // Read-only real-name fields are re-filled by the server, so they cannot be asked for.
  expect(screen.queryByText('申请人姓名')).toBeNull();
  fireEvent.click(screen.getByText('确认要求补正'));
  expect(await screen.findByText('请填写理由')).toBeTruthy();
  expect(screen.getByText('请至少选择一项需要补正的内容')).toBeTruthy();
  expect(calls).toHaveLength(0);

  fireEvent.change(screen.getByLabelText('理由（将告知申请人）'), { target: { value: '身份证照片不清晰' } });
  const purpose = screen.getByRole('checkbox', { name: '用途' });
  fireEvent.click(purpose);
  fireEvent.click(screen.getByRole('checkbox', { name: '居民身份证' }));
  fireEvent.click(purpose); // changed mind: only the ID card
  expect(purpose.getAttribute('aria-checked')).toBe('false');
  await act(async () => {
    fireEvent.click(screen.getByText('确认要求补正'));
  });
  await waitFor(() => expect(onDone).toHaveBeenCalled());
  expect(calls[0].data).toEqual({ action: 'request_correction', reason: '身份证照片不清晰', fields: ['material1'] });
});

test('accepting needs no reason', async () => {
  const calls = fakeApi(() => ({ status: 200, body: { ...detail, status: 'accepted' } }));
  const { onDone } = renderForm('submitted');
  fireEvent.click(screen.getByText('受理'));
  expect(screen.queryByLabelText('理由（将告知申请人）')).toBeNull();
  await act(async () => {
    fireEvent.click(screen.getByText('确认受理'));
  });
  await waitFor(() => expect(onDone).toHaveBeenCalled());
  expect(calls[0].data).toEqual({ action: 'accept' });
});

test('a transition someone else already made is reported, not shown as a failure of the form', async () => {
  fakeApi(() => ({
    status: 409,
    body: { code: 'ILLEGAL_TRANSITION', message: 'Cannot accept an application that is accepted', currentStatus: 'accepted' },
  }));
  const { onRefused, onDone } = renderForm('submitted');
  fireEvent.click(screen.getByText('受理'));
  await act(async () => {
    fireEvent.click(screen.getByText('确认受理'));
  });
  await waitFor(() => expect(onRefused).toHaveBeenCalled());
  expect(onDone).not.toHaveBeenCalled();
});
