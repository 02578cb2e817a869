import { fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { Profile } from '@contract/identity';
import { avatarInitial, ProfileCard } from '@/features/account/components/profile-card';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { sampleProfile } from '@test/jest/fake-api';

const base = sampleProfile;

beforeEach(() => {
  usePreferencesStore.getState().setLanguage('zh-CN');
  jest.mocked(Taro.navigateTo).mockClear();
});

test('a verified resident sees the masked name as the avatar letter, masked ID and phone, verified status and region', () => {
  const profile: Profile = {
    ...base,
    realName: { maskedName: '张*', maskedIdNumber: '5101**********2013', verifiedAt: '2026-12-01T08:00:00.000Z' },
  };
  render(<ProfileCard profile={profile} signedIn />);
  expect(screen.getByLabelText('头像').textContent).toBe('张');
  expect(screen.getByText('张*')).toBeTruthy();
  expect(screen.getByText('5101**********2013')).toBeTruthy();
  expect(screen.getByText('138****8000')).toBeTruthy();
  expect(screen.getByTestId('profile-verified').textContent).toBe('已实名认证');
  expect(screen.getByText('四川政务服务')).toBeTruthy();
  expect(screen.queryByTestId('mine-real-name')).toBeNull();
});

test('an unverified account is offered verification from the card', () => {
  render(<ProfileCard profile={base} signedIn />);
  expect(screen.getByText('138****8000')).toBeTruthy();
  fireEvent.click(screen.getByTestId('mine-real-name'));
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/account/pages/real-name/index' });
});

test('an enterprise agent sees on whose behalf they act', () => {
  const enterprise = { id: 'e1', name: '成都锦城餐饮管理有限公司', creditCode: '91510100MA61234567', role: 'legal_representative' };
  render(<ProfileCard profile={{ ...base, actingAs: enterprise, enterprises: [enterprise] } as unknown as Profile} signedIn />);
  expect(screen.getByTestId('profile-acting-as').textContent).toBe('以“成都锦城餐饮管理有限公司”身份办事');
});

test('a visitor is asked to sign in', () => {
  render(<ProfileCard profile={null} signedIn={false} />);
  expect(screen.getByText('登录天府通办')).toBeTruthy();
  expect(screen.getByText('去登录')).toBeTruthy();
});

test('the avatar letter is the first character the mask leaves, or none', () => {
  expect(avatarInitial('欧阳**')).toBe('欧');
  expect(avatarInitial('*三')).toBeNull();
  expect(avatarInitial(undefined)).toBeNull();
});
