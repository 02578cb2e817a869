import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { fakeApi, sampleProfile } from '@test/jest/fake-api';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { useSessionStore } from '@/shared/state/session-store';
import { NewCaseForm } from '@/features/cases/components/new-case-form';

// The shared Taro mock has no <Textarea>: a plain textarea with Taro's onInput shape.
function mockTextarea({ id, value, onInput, ...rest }: Record<string, unknown>) {
  const onChange = (e: { target: { value: string } }) => (onInput as (event: unknown) => void)({ detail: { value: e.target.value } });
  return <textarea id={id as string} value={value as string} aria-label={rest['aria-label'] as string} onChange={onChange} />;
}
jest.mock('@tarojs/components', () => ({ ...jest.requireActual('@test/jest/taro-components'), Textarea: mockTextarea }));

const created = {
  id: 'c1', number: '12345-20261125-000001', type: 'suggestion', category: 'traffic', status: 'open', applicationId: null,
  createdAt: '2026-11-25T00:00:00Z', updatedAt: '2026-11-25T00:00:00Z', content: '公交站台缺少遮雨棚', place: null, photoIds: [], replies: [],
};

beforeEach(() => {
  usePreferencesStore.getState().setLanguage('zh-CN');
  useSessionStore.getState().signIn({ token: 't', expiresAt: '2099-01-01T00:00:00Z', profile: { ...sampleProfile } });
});

test('a category and at least five characters are required before anything is sent', async () => {
  const calls = fakeApi(() => ({ status: 200, body: created }));
  render(<NewCaseForm onCreated={jest.fn()} />);
  fireEvent.click(screen.getByText('提交诉求'));
  expect(await screen.findByText('请选择问题分类')).toBeTruthy();
  expect(screen.getByText('诉求内容至少5个字')).toBeTruthy();

  fireEvent.click(screen.getByRole('radio', { name: '交通出行' }));
  fireEvent.change(screen.getByLabelText('诉求内容'), { target: { value: ' 四个字呀 ' } });
  fireEvent.click(screen.getByText('提交诉求'));
  await waitFor(() => expect(screen.queryByText('请选择问题分类')).toBeNull());
  // "四个字呀" is four characters once trimmed: still too short.
  expect(screen.getByText('诉求内容至少5个字')).toBeTruthy();
  expect(calls).toHaveLength(0);
});

test('a valid case is sent with its type, category, trimmed content and place', async () => {
  const calls = fakeApi(() => ({ status: 200, body: created }));
  const onCreated = jest.fn();
  render(<NewCaseForm onCreated={onCreated} />);
  fireEvent.click(screen.getByRole('tab', { name: '建议' }));
  fireEvent.click(screen.getByRole('radio', { name: '交通出行' }));
  expect(screen.getByRole('radio', { name: '交通出行' }).getAttribute('aria-checked')).toBe('true');
  fireEvent.change(screen.getByLabelText('诉求内容'), { target: { value: ' 公交站台缺少遮雨棚 ' } });
  fireEvent.change(screen.getByLabelText('发生地点（选填）'), { target: { value: '天府大道北段' } });
  await act(async () => {
    fireEvent.click(screen.getByText('提交诉求'));
  });
  await waitFor(() => expect(onCreated).toHaveBeenCalled());
  expect(calls[0].url).toContain('/api/v1/me/cases');
  expect(calls[0].data).toEqual({ type: 'suggestion', category: 'traffic', content: '公交站台缺少遮雨棚', place: '天府大道北段', photoIds: [] });
});

test('a 办不成事 report carries the application and starts as a 政务服务 complaint', async () => {
  const calls = fakeApi(() => ({ status: 200, body: { ...created, applicationId: 'app-1' } }));
  const onCreated = jest.fn();
  render(<NewCaseForm applicationId='app-1' onCreated={onCreated} />);
  expect(screen.getByRole('radio', { name: '政务服务' }).getAttribute('aria-checked')).toBe('true');
  fireEvent.change(screen.getByLabelText('诉求内容'), { target: { value: '窗口要求提供已经共享的材料' } });
  await act(async () => {
    fireEvent.click(screen.getByText('提交诉求'));
  });
  await waitFor(() => expect(onCreated).toHaveBeenCalled());
  expect(calls[0].data).toEqual({
    type: 'complaint', category: 'government_service', content: '窗口要求提供已经共享的材料', photoIds: [], applicationId: 'app-1',
  });
});

test('a refusal from the server is shown on the form', async () => {
  fakeApi(() => ({ status: 404, body: { code: 'NOT_FOUND', message: 'No such application' } }));
  render(<NewCaseForm applicationId='gone' onCreated={jest.fn()} />);
  fireEvent.change(screen.getByLabelText('诉求内容'), { target: { value: '办件查不到了怎么办' } });
  await act(async () => {
    fireEvent.click(screen.getByText('提交诉求'));
  });
  expect(await screen.findByText('内容不存在')).toBeTruthy();
});
