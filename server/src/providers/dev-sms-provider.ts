import { maskMobile } from '../../../types/identity-numbers';
import type { SmsProvider } from './types';

export interface OutboxMessage {
  phone: string;
  code: string;
  text: string;
}

export interface DevSmsProvider extends SmsProvider {
  /** Sent messages, newest last (capped), for tests and the developer. */
  readonly outbox: OutboxMessage[];
  /** The most recent code sent to this phone. */
  lastCodeFor(phone: string): string | undefined;
}

const OUTBOX_LIMIT = 200;

/**
 * No SMS gateway in development: the code goes to stdout as
 * `[sms] 138****8000 登录验证码 123456，5分钟内有效`. Developers and the browser tests read the
 * code from that line, so its shape is stable: `[sms] <masked phone> … <6 digits>`. The phone is
 * masked because stdout ends up in shared CI logs.
 */
export function createDevSmsProvider(options: { print?: boolean; write?: (line: string) => void } = {}): DevSmsProvider {
  const write = options.write ?? ((line: string) => process.stdout.write(`${line}\n`));
  const print = options.print ?? true;
  const outbox: OutboxMessage[] = [];
  return {
    outbox,
    async sendLoginCode(phone, code, validMinutes) {
      const text = `登录验证码 ${code}，${validMinutes}分钟内有效`;
      outbox.push({ phone, code, text });
      if (outbox.length > OUTBOX_LIMIT) outbox.shift();
      if (print) write(`[sms] ${maskMobile(phone)} ${text}`);
    },
    lastCodeFor(phone) {
      for (let i = outbox.length - 1; i >= 0; i -= 1) if (outbox[i].phone === phone) return outbox[i].code;
      return undefined;
    },
  };
}
