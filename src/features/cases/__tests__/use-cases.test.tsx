import { act, renderHook, waitFor } from '@testing-library/react';
import { caseKeys } from '@/features/cases/api/cases-api';
import { useCase, useCaseList, useReplyToCase } from '@/features/cases/hooks/use-cases';
import { useReplyToCaseAsStaff, useStaffCaseQueue } from '@/features/cases/hooks/use-staff-cases';
import { useSessionStore } from '@/shared/state/session-store';
import { fakeApi, sampleProfile } from '@test/jest/fake-api';

const caseDetail = (status: string, replies: number) => ({ id: 'c1', number: 'SC1', status, replies: Array.from({ length: replies }, (_, i) => ({ id: `r${i}` })) });

beforeEach(() => {
  useSessionStore.getState().signOut();
  useSessionStore.getState().signIn({ token: 'tok', expiresAt: new Date(Date.now() + 3_600_000).toISOString(), profile: sampleProfile });
});

test('the key factory nests every case query under one family', () => {
  expect(caseKeys.detail('c1').slice(0, caseKeys.all.length)).toEqual(caseKeys.all);
  expect(caseKeys.staffQueue('open').slice(0, caseKeys.staff().length)).toEqual(caseKeys.staff());
  expect(caseKeys.detail('c1')).not.toEqual(caseKeys.staffDetail('c1'));
});

test('replying to my case refetches the case and my list on screen, through the key factory', async () => {
  let replies = 0;
  const calls = fakeApi((req) => {
    if (req.method === 'POST' && req.url.endsWith('/me/cases/c1/replies')) {
      replies += 1;
      return { status: 201, body: caseDetail('open', replies) };
    }
    if (req.url.endsWith('/me/cases/c1')) return { status: 200, body: caseDetail('open', replies) };
    if (req.url.endsWith('/me/cases')) return { status: 200, body: { items: [{ id: 'c1', replies }] } };
    return { status: 404, body: { code: 'NOT_FOUND', message: 'no' } };
  });
  const view = renderHook(() => ({ list: useCaseList(), detail: useCase('c1'), reply: useReplyToCase('c1') }));
  await waitFor(() => expect(view.result.current.detail.data?.replies).toHaveLength(0));
  await waitFor(() => expect(view.result.current.list.data).toBeDefined());

  await act(async () => {
    await view.result.current.reply.run('还没有人来处理');
  });
  await waitFor(() => expect(view.result.current.detail.data?.replies).toHaveLength(1));
  expect(view.result.current.list.data?.items[0]).toEqual({ id: 'c1', replies: 1 });
  const posted = calls.find((c) => c.method === 'POST');
  expect(posted?.data).toEqual({ content: '还没有人来处理' });
  expect(calls.filter((c) => c.method === 'GET' && c.url.endsWith('/me/cases/c1'))).toHaveLength(2);
});

test('the hotline answering a case refetches its queue; a failed answer is kept for the reply box', async () => {
  let fail = true;
  let status = 'open';
  fakeApi((req) => {
    if (req.method === 'POST') {
      if (fail) return 'network-error';
      status = 'closed';
      return { status: 200, body: caseDetail(status, 1) };
    }
    if (req.url.includes('/staff/cases')) return { status: 200, body: { items: [{ id: 'c1', status }] } };
    return { status: 404, body: { code: 'NOT_FOUND', message: 'no' } };
  });
  const view = renderHook(() => ({ queue: useStaffCaseQueue('all'), reply: useReplyToCaseAsStaff('c1') }));
  await waitFor(() => expect(view.result.current.queue.data?.items[0]?.status).toBe('open'));

  await act(async () => {
    expect(await view.result.current.reply.run({ content: '已处理', close: true })).toBeUndefined();
  });
  expect(view.result.current.reply.error).toMatchObject({ code: 'NETWORK' });
  expect(view.result.current.queue.data?.items[0]?.status).toBe('open');

  fail = false;
  await act(async () => {
    await view.result.current.reply.retry();
  });
  await waitFor(() => expect(view.result.current.queue.data?.items[0]?.status).toBe('closed'));
  expect(view.result.current.reply.error).toBeNull();
});
