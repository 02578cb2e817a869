import { renderHook, waitFor } from '@testing-library/react';
import type * as React from 'react';
import type * as TaroMock from '@test/jest/taro';
import { useProfile } from '@/features/profile/hooks/use-profile';
import { useSessionStore } from '@/shared/state/session-store';
import { fakeApi, sampleProfile } from '@test/jest/fake-api';

// Whether a page's first show reaches its hooks is up to the router (the H5 one can call onShow
// before they register): each test says whether it does.
let mockShowReachesHooks = true;
jest.mock('@tarojs/taro', () => {
  const actual = jest.requireActual<typeof TaroMock>('@test/jest/taro');
  const { useEffect } = jest.requireActual<typeof React>('react');
  return {
    __esModule: true,
    ...actual,
    useDidShow: (fn: () => void) => {
      // eslint-disable-next-line react-hooks/exhaustive-deps
      useEffect(() => (mockShowReachesHooks ? fn() : undefined), []);
    },
  };
});

const stored = { ...sampleProfile, name: '张*' };
const fresh = { ...sampleProfile, name: '张*', enterprises: [] };

beforeEach(() => {
  useSessionStore.getState().signOut();
  useSessionStore.getState().signIn({ token: 'tok', expiresAt: new Date(Date.now() + 3_600_000).toISOString(), profile: stored });
});

test('the profile from storage is refreshed when the page mounts, even if its first show never arrives', async () => {
  mockShowReachesHooks = false;
  const calls = fakeApi((req) => (req.url.endsWith('/me') ? { status: 200, body: fresh } : { status: 404, body: { code: 'NOT_FOUND', message: 'no' } }));
  const view = renderHook(() => useProfile());
  await waitFor(() => expect(view.result.current.profile).toEqual(fresh));
  expect(calls.filter((c) => c.url.endsWith('/me'))).toHaveLength(1);
});

test('a mount and the show that comes while its request is on the way ask for the profile once', async () => {
  mockShowReachesHooks = true;
  const calls = fakeApi((req) => (req.url.endsWith('/me') ? { status: 200, body: fresh } : { status: 404, body: { code: 'NOT_FOUND', message: 'no' } }));
  const view = renderHook(() => useProfile());
  await waitFor(() => expect(view.result.current.profile).toEqual(fresh));
  expect(calls.filter((c) => c.url.endsWith('/me'))).toHaveLength(1);
});

