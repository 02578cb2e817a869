import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { fakeApi, sampleProfile } from '@test/jest/fake-api';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { useSessionStore } from '@/shared/state/session-store';
import { FormField } from '@/shared/ui/form-field';
import { useRealNameForm } from '@/features/profile/hooks/use-real-name-form';

function RealNameForm({ onVerified }: { onVerified: () => void }) {
  const form = useRealNameForm(onVerified);
  return (
    <div>
      <FormField id='n' label='姓名' value={form.name} onChange={form.setName} error={form.errors.name} />
      <FormField id='i' label='身份证号' value={form.idNumber} onChange={form.setIdNumber} error={form.errors.idNumber} />
      <button onClick={() => void form.submit()}>go</button>
    </div>
  );
}

beforeEach(() => {
  usePreferencesStore.getState().setLanguage('zh-CN');
  useSessionStore.getState().signIn({ token: 't', expiresAt: '2099-01-01T00:00:00Z', profile: { ...sampleProfile } });
});

test('a wrong check digit is refused on the phone', async () => {
  const calls = fakeApi(() => ({ status: 200, body: {} }));
  render(<RealNameForm onVerified={jest.fn()} />);
  fireEvent.change(screen.getByLabelText('姓名'), { target: { value: '张三' } });
  fireEvent.change(screen.getByLabelText('身份证号'), { target: { value: '110101199003074518' } });
  fireEvent.click(screen.getByText('go'));
  expect(await screen.findByText('身份证号码有误，请核对（含末位校验码）')).toBeTruthy();
  expect(calls).toHaveLength(0);
});

test('a valid number is sent, the profile stored masked, and the typed number cleared', async () => {
  const verified = {
    ...sampleProfile,
    realName: { maskedName: '张*', maskedIdNumber: '1101**********4514', verifiedAt: '2026-11-25T00:00:00Z' },
  };
  const calls = fakeApi(() => ({ status: 200, body: verified }));
  const onVerified = jest.fn();
  render(<RealNameForm onVerified={onVerified} />);
  fireEvent.change(screen.getByLabelText('姓名'), { target: { value: '张三' } });
  fireEvent.change(screen.getByLabelText('身份证号'), { target: { value: '110101199003074514' } });
  await act(async () => {
    fireEvent.click(screen.getByText('go'));
  });
  await waitFor(() => expect(onVerified).toHaveBeenCalled());
  expect(calls[0].data).toEqual({ name: '张三', idNumber: '110101199003074514' });
  expect((screen.getByLabelText('身份证号') as HTMLInputElement).value).toBe('');
  expect(useSessionStore.getState().profile?.realName?.maskedIdNumber).toBe('1101**********4514');
});
