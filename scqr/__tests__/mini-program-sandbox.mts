/**
 * Runs an encode/verify round trip with the platform APIs the WeChat mini-program lacks removed:
 * TextEncoder, TextDecoder, atob, btoa and crypto (WebCrypto) before the library is loaded,
 * Buffer just after (tsx itself needs Buffer to load TypeScript). Removed, not trapped: the
 * dependencies feature-detect with `typeof`, as they would in the mini-program.
 * Started by portability.test.ts in its own process; prints the verification reasons.
 */
function remove(names: string[]): void {
  for (const name of names) {
    Object.defineProperty(globalThis, name, { configurable: true, value: undefined });
    if ((globalThis as Record<string, unknown>)[name] !== undefined) throw new Error(`could not remove ${name}`);
  }
}

remove(['TextEncoder', 'TextDecoder', 'atob', 'btoa', 'crypto']);
const scqr = await import('../index');
remove(['Buffer']);

// Deterministic stand-in for the server's randomness: this sandbox also issues, to have codes.
let state = 0x2545f491;
const randomBytes = (n: number): Uint8Array =>
  Uint8Array.from({ length: n }, () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return state & 0xff;
  });

const at = new Date('2026-11-25T08:00:00Z');
const key = scqr.generateSigningKey(randomBytes);
const list = {
  region: '510000',
  version: 1,
  issuedAt: '2026-11-25T00:00:00Z',
  nextUpdate: '2026-11-26T00:00:00Z',
  entries: [
    {
      kid: scqr.encodeBase64(key.kid),
      alg: 'ES256',
      issuer: '四川省',
      purposes: ['GSC', 'ECP'] as ('GSC' | 'ECP')[],
      docTypes: ['*'],
      jwk: scqr.publicJwk(key.publicKey),
      validFrom: '2026-01-01T00:00:00Z',
      validTo: '2027-01-01T00:00:00Z',
    },
  ],
};
const anchor = scqr.generateSigningKey(randomBytes);
const trustList = scqr.verifyTrustList(scqr.signTrustList(list, anchor.secretKey), anchor.publicKey, '510000');
const issue = { key, iss: '510000', randomBytes, at };
const credential = scqr.issueEcpOffline({ dt: 'ID', hr: '510104', fields: { name: '张三', birth: '1990-01-01' } }, issue);
const reasons = [
  scqr.verify(scqr.encodeGsc({ t: 'P', sub: 's', n: '张*三', i: '5101**********1234', r: '510104' }, issue), { trustList, at }),
  scqr.verify(scqr.presentEcpOffline(credential, ['name']), { trustList, at }),
  scqr.verify('GSC1:garbage', { trustList, at }),
].map((r) => r.reason);
process.stdout.write(`${JSON.stringify(reasons)}\n`);
