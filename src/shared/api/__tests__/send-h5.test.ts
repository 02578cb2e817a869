import { ApiClientError } from '@/shared/api/api-error';
import { send } from '@/shared/api/send.h5';

type FetchCall = { url: string; init: RequestInit };

function stubFetch(respond: (call: FetchCall) => Promise<Response>): FetchCall[] {
  const calls: FetchCall[] = [];
  global.fetch = jest.fn((url: string, init: RequestInit) => {
    const call = { url, init };
    calls.push(call);
    return respond(call);
  }) as unknown as typeof fetch;
  return calls;
}

function response(status: number, body: string): Response {
  return { ok: status >= 200 && status < 300, status, text: () => Promise.resolve(body) } as Response;
}

afterEach(() => jest.useRealTimers());

test('sends JSON with the session cookie of this origin only and returns the parsed answer', async () => {
  const calls = stubFetch(() => Promise.resolve(response(200, '{"ok":true}')));
  await expect(send({ method: 'POST', url: '/api/v1/x', data: { a: 1 }, headers: { 'Content-Type': 'application/json' } })).resolves.toEqual({ ok: true });
  expect(calls[0].init.body).toBe('{"a":1}');
  expect(calls[0].init.credentials).toBe('same-origin');
});

test('an empty answer (204) is undefined, a GET sends no body', async () => {
  const calls = stubFetch(() => Promise.resolve(response(204, '')));
  await expect(send({ method: 'GET', url: '/api/v1/x', headers: {} })).resolves.toBeUndefined();
  expect(calls[0].init.body).toBeUndefined();
});

test("an error answer becomes the contract's error; a proxy's HTML page becomes INTERNAL", async () => {
  stubFetch(() => Promise.resolve(response(409, '{"code":"ILLEGAL_TRANSITION","message":"no"}')));
  await expect(send({ method: 'POST', url: '/x', headers: {} })).rejects.toMatchObject({ code: 'ILLEGAL_TRANSITION', status: 409 });
  stubFetch(() => Promise.resolve(response(502, '<html>Bad Gateway</html>')));
  await expect(send({ method: 'GET', url: '/x', headers: {} })).rejects.toMatchObject({ code: 'INTERNAL', status: 502 });
});

test('no network is NETWORK, and a request that never answers is TIMEOUT', async () => {
  stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
  await expect(send({ method: 'GET', url: '/x', headers: {} })).rejects.toMatchObject({ code: 'NETWORK' });

  jest.useFakeTimers();
  stubFetch(({ init }) => new Promise((_, reject) => init.signal?.addEventListener('abort', () => reject(new Error('aborted')))));
  const pending = send({ method: 'GET', url: '/x', headers: {} }).catch((e: unknown) => e);
  jest.advanceTimersByTime(15000);
  const error = await pending;
  expect(error).toBeInstanceOf(ApiClientError);
  expect((error as ApiClientError).code).toBe('TIMEOUT');
});

test('an answer whose body is cut off is NETWORK, not an empty success', async () => {
  stubFetch(() => Promise.resolve({ ok: true, status: 200, text: () => Promise.reject(new DOMException('aborted', 'AbortError')) } as Response));
  await expect(send({ method: 'GET', url: '/api/v1/me', headers: {} })).rejects.toMatchObject({ code: 'NETWORK', status: 0 });
});

test('a body that stalls past the deadline is TIMEOUT', async () => {
  jest.useFakeTimers();
  stubFetch(({ init }) =>
    Promise.resolve({
      ok: true,
      status: 200,
      text: () => new Promise<string>((_, reject) => init.signal?.addEventListener('abort', () => reject(new Error('aborted')))),
    } as Response),
  );
  const pending = send({ method: 'GET', url: '/x', headers: {} }).catch((e: unknown) => e);
  await Promise.resolve();
  jest.advanceTimersByTime(15000);
  expect(await pending).toMatchObject({ code: 'TIMEOUT' });
});
