import { AppError } from '../errors';
import type { WeappAuthProvider } from './types';

const CODE2SESSION_URL = 'https://api.weixin.qq.com/sns/jscode2session';

interface Code2SessionAnswer {
  openid?: string;
  unionid?: string;
  session_key?: string;
  errcode?: number;
  errmsg?: string;
}

export interface WeChatAuthOptions {
  appId: string;
  secret: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/**
 * WeChat code2session. The session_key is dropped on purpose: this API never decrypts WeChat
 * user data, and a key kept is a key that can leak. errmsg is not passed on (it may echo the code).
 */
export function createWeChatWeappAuthProvider(options: WeChatAuthOptions): WeappAuthProvider {
  const fetchImpl = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 5000;
  return {
    async exchangeCode(code) {
      const url = new URL(CODE2SESSION_URL);
      url.searchParams.set('appid', options.appId);
      url.searchParams.set('secret', options.secret);
      url.searchParams.set('js_code', code);
      url.searchParams.set('grant_type', 'authorization_code');
      let answer: Code2SessionAnswer;
      try {
        const response = await fetchImpl(url, { signal: AbortSignal.timeout(timeoutMs) });
        if (!response.ok) throw new Error(`code2session HTTP ${response.status}`);
        answer = (await response.json()) as Code2SessionAnswer;
      } catch {
        throw new AppError('WEAPP_LOGIN_FAILED', 'WeChat login service unreachable', { status: 502 });
      }
      if (answer.errcode || !answer.openid) {
        // 40029 invalid code, 40163 code already used, 45011 rate limit: all mean "log in again".
        throw new AppError('WEAPP_LOGIN_FAILED', `WeChat rejected the login code (errcode ${answer.errcode ?? 'none'})`);
      }
      return answer.unionid ? { openid: answer.openid, unionid: answer.unionid } : { openid: answer.openid };
    },
  };
}
