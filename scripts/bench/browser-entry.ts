/**
 * Bundled by scripts/bench/browser.ts and run inside Chromium: the same verifier and QR encoder
 * modules the app ships, timed where the app runs them.
 */
import { qrDataUrl } from '../../src/shared/qr/qr-image';
import { mergeTrustLists, verifyTrustList } from '../../scqr/trust-list';
import { verify } from '../../scqr/verify';
// The H5 build's variant: WebCrypto's ECDSA when the page is a secure context (127.0.0.1 is).
import { verifyCode } from '../../src/shared/crypto/verify-code.h5';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function time(runs: number, fn: () => void): { p50: number; p99: number } {
  for (let i = 0; i < 10; i += 1) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p99: percentile(samples, 99) };
}

async function timeAsync(runs: number, fn: () => Promise<void>): Promise<{ p50: number; p99: number }> {
  for (let i = 0; i < 10; i += 1) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p99: percentile(samples, 99) };
}

(window as unknown as { runScqrBench: unknown }).runScqrBench = async (input: {
  payloads: string[];
  ecpPayloads: string[];
  lists: { region: string; jws: string }[];
  anchors: { region: string; jwk: never }[];
}) => {
  const store = mergeTrustLists(
    input.lists.map((l) => verifyTrustList(l.jws, input.anchors.find((a) => a.region === l.region)?.jwk as never, l.region)),
  );
  let i = 0;
  const reasons = new Set<string>();
  const verification = time(300, () => {
    const r = verify(input.payloads[i++ % input.payloads.length], { trustList: store, at: new Date(), profile: 'scqr', prefixes: ['GSC1:', 'ECP1:'] });
    reasons.add(r.reason);
  });
  let k = 0;
  const ecpVerification = time(300, () => {
    const r = verify(input.ecpPayloads[k++ % input.ecpPayloads.length], { trustList: store, at: new Date(), profile: 'scqr', prefixes: ['GSC1:', 'ECP1:'] });
    reasons.add(r.reason);
  });
  let n = 0;
  const appVerification = await timeAsync(300, async () => {
    const r = await verifyCode(input.payloads[n++ % input.payloads.length], { trustList: store, at: new Date(), profile: 'scqr', prefixes: ['GSC1:', 'ECP1:'] });
    reasons.add(r.reason);
  });
  let j = 0;
  const encoding = time(300, () => void qrDataUrl(input.payloads[j++ % input.payloads.length]));
  return { verification, ecpVerification, appVerification, native: typeof crypto !== 'undefined' && !!crypto.subtle, encoding, reasons: [...reasons] };
};
