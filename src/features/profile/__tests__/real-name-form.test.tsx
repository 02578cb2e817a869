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

test.each([
  ['a wrong check digit', '张三', '110101199003074518', '身份证号码末位校验码不符，请核对是否输错某一位'],
  ['a number too short', '张三', '11010119900307451', '身份证号码应为18位'],
  ['an impossible birth date', '张三', '110101199002304516', '身份证号码中的出生日期（第7–14位）有误'],
  ['a letter inside the number', '张三', '11010119900307A514', '身份证号码前17位为数字，末位为数字或X'],
  ['a 60-character name', '张'.repeat(60), '110101199003074514', '姓名应为2–15个字，与身份证一致'],
  ['Latin letters in a name', 'Zhang San', '110101199003074514', '姓名只能包含汉字，少数民族姓名用“·”分隔'],
  ['a doubled dot in a minority name', '买买提··艾力', '110101199003074514', '“·”只能用在姓名两部分之间，且只用一个'],
])('%s is refused on the phone with its own words, as the server would', async (_, name, id, message) => {
  const calls = fakeApi(() => ({ status: 200, body: {} }));
  render(<RealNameForm onVerified={jest.fn()} />);
  fireEvent.change(screen.getByLabelText('姓名'), { target: { value: name } });
  fireEvent.change(screen.getByLabelText('身份证号'), { target: { value: id } });
  fireEvent.click(screen.getByText('go'));
  expect(await screen.findByText(message)).toBeTruthy();
  expect(calls).toHaveLength(0);
});

test('a minority name typed with another dot is sent with the middle dot', async () => {
  const calls = fakeApi(() => ({ status: 200, body: { ...sampleProfile } }));
  render(<RealNameForm onVerified={jest.fn()} />);
  fireEvent.change(screen.getByLabelText('姓名'), { target: { value: '买买提•艾力' } });
  fireEvent.change(screen.getByLabelText('身份证号'), { target: { value: '110101199003074514' } });
  await act(async () => {
    fireEvent.click(screen.getByText('go'));
  });
  await waitFor(() => expect(calls).toHaveLength(1));
  expect(calls[0].data).toEqual({ name: '买买提·艾力', idNumber: '110101199003074514' });
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
