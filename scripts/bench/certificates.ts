/**
 * 电子证照 presentations (scqr-v1 §3), in process with the scqr library and a fresh key:
 * the length of a 住宿 (lodging) presentation as QR characters (budget ≤ 600), and the time to
 * verify an ECP offline the way the app does (pure-JS ES256 against a merged trust store), mean
 * and p99. The browser measurement is separate (scripts/bench/browser.ts).
 *
 *   node --import tsx scripts/bench/certificates.ts      (or call measureCertificates() from bench.ts)
 */
import { randomBytes } from 'node:crypto';
import { encodeBase64 } from '../../scqr/base64';
import { encodeEcp, issueEcpOffline, presentEcpOffline } from '../../scqr/encode';
import { generateSigningKey, publicJwk } from '../../scqr/keys';
import { type TrustList, type TrustListEntry, mergeTrustLists } from '../../scqr/trust-list';
import { verify } from '../../scqr/verify';
import { formatTable, type BenchRow } from './report';

const rand = (n: number) => new Uint8Array(randomBytes(n));
const ITERATIONS = 300;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export async function measureCertificates(): Promise<BenchRow[]> {
  const key = generateSigningKey(rand);
  const now = new Date();
  const entry: TrustListEntry = {
    kid: encodeBase64(key.kid), alg: 'ES256', issuer: '四川省政务服务和资源交易服务中心', purposes: ['GSC', 'ECP'], docTypes: ['*'],
    jwk: publicJwk(key.publicKey), validFrom: new Date(now.getTime() - 3600_000).toISOString(), validTo: new Date(now.getTime() + 86_400_000).toISOString(),
  };
  const list: TrustList = { region: '510000', version: 1, issuedAt: now.toISOString(), nextUpdate: new Date(now.getTime() + 86_400_000).toISOString(), entries: [entry] };
  const store = mergeTrustLists([list]);
  const options = { key, iss: '510000', randomBytes: rand, at: now };
  const st = { i: 16_383, u: 'http://127.0.0.1:8080/api/v1/status-lists/510000-1' };
  // What the node signs for 住宿: name, masked ID, photo digest, status reference (no identifier).
  const lodging = encodeEcp(
    { dt: 'IDCARD', hr: '510000', fields: { name: '欧阳娜娜', idNumber: '5101**********2013' }, ph: rand(16), st },
    { ...options, lifetimeSeconds: 300 },
  );
  const credential = issueEcpOffline(
    {
      dt: 'DRVLIC', id: '1.2.156.3005.2.CY004.510000.202412345678.001.K', hr: '510000', ph: rand(16), st,
      fields: { name: '张三', sex: '男', vehicleClass: 'C1', idNumber: '5101**********2013', validFrom: '2020-07-20', validTo: '2030-07-20', issuer: '四川省成都市公安局交通管理局' },
    },
    options,
  );
  const offline = presentEcpOffline(credential, ['name', 'vehicleClass', 'validTo']);
  const times: number[] = [];
  for (let i = 0; i < ITERATIONS; i += 1) {
    const start = process.hrtime.bigint();
    const result = verify(offline, { trustList: store, at: now });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (!result.ok) throw new Error(`offline verification failed: ${result.reason}`);
  }
  times.sort((a, b) => a - b);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  return [
    { metric: 'ECP 住宿 (lodging) presentation, QR characters', value: lodging.length, unit: 'chars', target: { kind: 'max', value: 600 } },
    { metric: 'ECP offline presentation (3 of 7 fields), QR characters', value: offline.length, unit: 'chars' },
    { metric: 'ECP offline verification in node (pure JS), mean', value: mean, unit: 'ms' },
    { metric: 'ECP offline verification in node (pure JS), p99', value: percentile(times, 99), unit: 'ms' },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  measureCertificates().then((rows) => console.log(formatTable(rows)));
}
