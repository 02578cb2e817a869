import { AppError } from '../errors';
import type { Crypto } from '../security/crypto';
import type { WeappAuthProvider } from './types';

const DEV_CODE = /^dev:(.{1,120})$/s;

/**
 * Without an AppID there is no WeChat to ask. The dev client sends `dev:<user>`; the openid is an
 * HMAC of `<user>`, so the same dev user gets the same account on every login (as a real openid
 * would), and it cannot be guessed from outside without the server key.
 */
export function createDevWeappAuthProvider(crypto: Crypto): WeappAuthProvider {
  return {
    async exchangeCode(code) {
      const match = DEV_CODE.exec(code);
      if (!match) {
        throw new AppError('WEAPP_LOGIN_FAILED', 'This server has no WEAPP_APPID; send a development code "dev:<user>"');
      }
      // 28 characters, the length of a real openid.
      return { openid: `dev${crypto.hmac('dev-openid', match[1]).slice(0, 25)}` };
    },
  };
}
