import type { SignedCode } from '@contract/service-code';
import { currentCode, secondsUntilNext, windowsLeft } from '@/features/service-code/model/code-window';

/** A batch as scqr-v1 §2 describes it: iat staggered by 60 s, exp = iat + 120. */
function batch(start: number, count: number): SignedCode[] {
  return Array.from({ length: count }, (_, i) => ({ iat: start + i * 60, exp: start + i * 60 + 120, payload: `GSC1:${i}` }));
}

const T0 = 1_764_057_600;

test('shows the code whose 60 s window covers now', () => {
  const codes = batch(T0, 30);
  expect(currentCode(codes, T0)?.payload).toBe('GSC1:0');
  expect(currentCode(codes, T0 + 59)?.payload).toBe('GSC1:0');
  expect(currentCode(codes, T0 + 60)?.payload).toBe('GSC1:1');
  expect(currentCode(codes, T0 + 29 * 60 + 30)?.payload).toBe('GSC1:29');
});

test('past the last window the last code is shown until it expires, then none', () => {
  const codes = batch(T0, 3);
  expect(currentCode(codes, T0 + 3 * 60 + 10)?.payload).toBe('GSC1:2');
  expect(currentCode(codes, T0 + 2 * 60 + 120)).toBeNull();
});

test('a batch signed for the future shows nothing yet (clock set back)', () => {
  expect(currentCode(batch(T0, 5), T0 - 1)).toBeNull();
});

test('countdown to the next code and the windows a batch still covers', () => {
  const codes = batch(T0, 30);
  expect(secondsUntilNext(codes[0], T0 + 15)).toBe(45);
  expect(windowsLeft(codes, T0 + 15)).toBe(30);
  expect(windowsLeft(codes, T0 + 10 * 60)).toBe(20);
  expect(windowsLeft(codes, T0 + 40 * 60)).toBe(0);
});
