import { qrRaster } from '../../src/shared/qr/qr-image';
import type { BenchRow } from './report';

/**
 * The QR images 亮码 and 亮证 hand to setData, at the sizes a 3× phone draws them (226 CSS px,
 * 266 in 长辈版). Payload lengths are those the runtime test sees (scripts/weapp-runtime): a
 * 政务服务码 ≈ 300 characters, an online 亮证 code ≈ 410, an offline one ≈ 800 (Base45 after the
 * prefix, alphanumeric mode).
 */
const ALPHANUMERIC = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';

function payload(prefix: string, length: number): string {
  let out = prefix;
  let seed = 7;
  while (out.length < length) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    out += ALPHANUMERIC[seed % ALPHANUMERIC.length];
  }
  return out;
}

export function measureQrImages(): BenchRow[] {
  const cases = [
    { metric: 'QR image, 亮码 (data URI)', text: payload('GSC1:', 300), box: 226 },
    { metric: 'QR image, 亮证 online (data URI)', text: payload('ECP1:', 410), box: 226 },
    { metric: 'QR image, 亮证 offline (data URI)', text: payload('ECP1:', 800), box: 226 },
    { metric: 'QR image, 亮证 offline, 长辈版 (data URI)', text: payload('ECP1:', 800), box: 266 },
  ];
  return cases.map((c) => ({
    metric: c.metric,
    value: Math.round((qrRaster(c.text, c.box, 3).src.length / 1024) * 10) / 10,
    unit: 'KB',
    target: { kind: 'max' as const, value: 8 },
  }));
}
