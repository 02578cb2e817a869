import Taro from '@tarojs/taro';
import type { Profile } from '../../types/identity';
import type { RequestOptions } from './taro';

type Handler = (req: { method: string; url: string; data: unknown; headers: Record<string, string> }) => { status: number; body: unknown } | 'network-error';

/** Answers Taro.request like a server would: each test describes the replies it needs. */
export function fakeApi(handler: Handler) {
  const calls: { method: string; url: string; data: unknown; headers: Record<string, string> }[] = [];
  (Taro.request as unknown as jest.Mock).mockImplementation((opts: RequestOptions) => {
    // axios has already serialised a JSON body to a string by the time it reaches Taro.request.
    const data = typeof opts.data === 'string' ? (JSON.parse(opts.data) as unknown) : opts.data;
    const req = { method: opts.method, url: opts.url, data, headers: opts.header ?? {} };
    calls.push(req);
    const reply = handler(req);
    setTimeout(() => {
      if (reply === 'network-error') opts.fail({ errMsg: 'request:fail' });
      else opts.success({ statusCode: reply.status, data: reply.body, header: {} });
    }, 0);
  });
  return calls;
}

export const sampleProfile: Profile = {
  userId: 'u1',
  region: '510000',
  maskedPhone: '138****8000',
  loginMethod: 'sms',
  realName: null,
  actingAs: null,
  enterprises: [],
};
