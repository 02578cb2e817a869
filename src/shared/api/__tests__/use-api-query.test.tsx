import { act, renderHook, waitFor } from '@testing-library/react';
import { useApiMutation } from '@/shared/api/use-api-mutation';
import { invalidateQueries, useApiQuery, type QueryKey } from '@/shared/api/use-api-query';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { useSessionStore } from '@/shared/state/session-store';
import { sampleProfile } from '@test/jest/fake-api';

/** A fetcher that answers with how many times it was called, so refetches are visible. */
function counter(label: string) {
  let n = 0;
  const fetcher = jest.fn(async () => `${label}#${++n}`);
  return fetcher;
}

test('the same key is one answer: a second screen shows it at once without fetching again', async () => {
  const fetcher = counter('a');
  const first = renderHook(() => useApiQuery(['t1', 'list'], fetcher, 60_000));
  await waitFor(() => expect(first.result.current.data).toBe('a#1'));
  const second = renderHook(() => useApiQuery(['t1', 'list'], fetcher, 60_000));
  expect(second.result.current.data).toBe('a#1');
  expect(second.result.current.loading).toBe(false);
  expect(fetcher).toHaveBeenCalledTimes(1);
});

test('keys differing in any part are different answers', async () => {
  const fetcher = jest.fn(async () => 'x');
  let key: QueryKey = ['t2', 'detail', '1'];
  const view = renderHook(() => useApiQuery(key, fetcher, 60_000));
  await waitFor(() => expect(view.result.current.data).toBe('x'));
  key = ['t2', 'detail', '2'];
  view.rerender();
  await waitFor(() => expect(fetcher).toHaveBeenCalledTimes(2));
  // `null` means nothing to fetch: no call, no data.
  key = null as unknown as QueryKey;
  const idle = renderHook(() => useApiQuery(null, fetcher));
  expect(idle.result.current.data).toBeUndefined();
  expect(fetcher).toHaveBeenCalledTimes(2);
});

test('a mutation invalidates its families: queries on screen under the prefix refetch, others do not', async () => {
  const detail = counter('detail');
  const list = counter('list');
  const other = counter('other');
  const onScreen = renderHook(() => ({
    detail: useApiQuery(['t3', 'detail', 'c1'], detail, 60_000),
    list: useApiQuery(['t3', 'list'], list, 60_000),
    other: useApiQuery(['t3-other'], other, 60_000),
    reply: useApiMutation(async (text: string) => `sent:${text}`, { invalidates: () => [['t3', 'detail', 'c1'], ['t3', 'list']] }),
  }));
  await waitFor(() => expect(onScreen.result.current.other.data).toBe('other#1'));
  await waitFor(() => expect(onScreen.result.current.list.data).toBe('list#1'));

  let answer: string | undefined;
  await act(async () => {
    answer = await onScreen.result.current.reply.run('hello');
  });
  expect(answer).toBe('sent:hello');
  await waitFor(() => expect(onScreen.result.current.detail.data).toBe('detail#2'));
  expect(onScreen.result.current.list.data).toBe('list#2');
  expect(other).toHaveBeenCalledTimes(1);
});

test('invalidating a prefix also drops answers no screen shows, so the next visit fetches', async () => {
  const fetcher = counter('p');
  const visit = renderHook(() => useApiQuery(['t4', 'mine'], fetcher, 60_000));
  await waitFor(() => expect(visit.result.current.data).toBe('p#1'));
  visit.unmount();
  await invalidateQueries(['t4']);
  const again = renderHook(() => useApiQuery(['t4', 'mine'], fetcher, 60_000));
  await waitFor(() => expect(again.result.current.data).toBe('p#2'));
});

test('a failed mutation keeps its error for the form, and retry sends the same change again', async () => {
  let attempts = 0;
  const send = jest.fn(async (text: string) => {
    attempts += 1;
    if (attempts === 1) throw new Error('offline');
    return text.toUpperCase();
  });
  const view = renderHook(() => useApiMutation(send));
  await act(async () => {
    expect(await view.result.current.run('again')).toBeUndefined();
  });
  expect(view.result.current.error).toEqual(new Error('offline'));
  expect(view.result.current.busy).toBe(false);
  await act(async () => {
    expect(await view.result.current.retry()).toBe('AGAIN');
  });
  expect(send).toHaveBeenLastCalledWith('again');
  expect(view.result.current.error).toBeNull();
});

test('a second tap while a change is on its way is ignored', async () => {
  let release: (v: string) => void = () => undefined;
  const send = jest.fn(() => new Promise<string>((resolve) => (release = resolve)));
  const view = renderHook(() => useApiMutation(send));
  let first: Promise<string | undefined> = Promise.resolve(undefined);
  act(() => {
    first = view.result.current.run(undefined);
  });
  expect(view.result.current.busy).toBe(true);
  await act(async () => {
    expect(await view.result.current.run(undefined)).toBeUndefined();
  });
  expect(send).toHaveBeenCalledTimes(1);
  await act(async () => {
    release('done');
    expect(await first).toBe('done');
  });
  expect(view.result.current.busy).toBe(false);
});

test('signing out forgets every answer, so the next account never sees the last one’s data', async () => {
  useSessionStore.getState().signIn({ token: 'tok-a', expiresAt: new Date(Date.now() + 3_600_000).toISOString(), profile: sampleProfile });
  const fetcher = counter('mine');
  const a = renderHook(() => useApiQuery(['t5', 'mine'], fetcher, 60_000));
  await waitFor(() => expect(a.result.current.data).toBe('mine#1'));
  a.unmount();
  act(() => useSessionStore.getState().signOut());
  useSessionStore.getState().signIn({ token: 'tok-b', expiresAt: new Date(Date.now() + 3_600_000).toISOString(), profile: sampleProfile });
  const b = renderHook(() => useApiQuery(['t5', 'mine'], fetcher, 60_000));
  expect(b.result.current.data).toBeUndefined();
  await waitFor(() => expect(b.result.current.data).toBe('mine#2'));
});

test('switching the language refetches what is on screen and forgets answers in the other one', async () => {
  usePreferencesStore.getState().setLanguage('zh-CN');
  const fetcher = counter('guide');
  const shown = renderHook(() => useApiQuery(['t6', 'guide'], fetcher, 60_000));
  await waitFor(() => expect(shown.result.current.data).toBe('guide#1'));
  act(() => usePreferencesStore.getState().setLanguage('en'));
  await waitFor(() => expect(shown.result.current.data).toBe('guide#2'));
  shown.unmount();
  const other = counter('list');
  const first = renderHook(() => useApiQuery(['t6', 'list'], other, 60_000));
  await waitFor(() => expect(first.result.current.data).toBe('list#1'));
  first.unmount();
  act(() => usePreferencesStore.getState().setLanguage('zh-CN'));
  const again = renderHook(() => useApiQuery(['t6', 'list'], other, 60_000));
  expect(again.result.current.data).toBeUndefined();
  await waitFor(() => expect(again.result.current.data).toBe('list#2'));
});
