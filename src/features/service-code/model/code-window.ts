import type { SignedCode } from '@contract/service-code';

/** scqr-v1 §2: each code of a batch is shown for its own 60 s window. */
export const WINDOW_SECONDS = 60;

/** The code whose window covers `nowSec`; else the newest one still valid; else null. */
export function currentCode(codes: readonly SignedCode[], nowSec: number): SignedCode | null {
  const inWindow = codes.find((c) => c.iat <= nowSec && nowSec < c.iat + WINDOW_SECONDS);
  if (inWindow) return inWindow;
  const valid = codes.filter((c) => c.iat <= nowSec && nowSec < c.exp);
  return valid.length > 0 ? valid[valid.length - 1] : null;
}

/** Seconds until the next code replaces `code` on screen. */
export function secondsUntilNext(code: SignedCode, nowSec: number): number {
  return Math.max(0, code.iat + WINDOW_SECONDS - nowSec);
}

/** How many future windows a batch still covers: refresh well before it runs out. */
export function windowsLeft(codes: readonly SignedCode[], nowSec: number): number {
  return codes.filter((c) => c.iat + WINDOW_SECONDS > nowSec).length;
}
