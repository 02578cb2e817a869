/**
 * The EU DCC common verifier vectors in ../shared/conformance/dcc-common/ (README there), as the
 * conformance tests feed them to scqr: the payload a vector holds and the one-entry trust list
 * built from its TESTCTX.CERTIFICATE (kid = first 8 bytes of SHA-256 of the certificate DER, x5c).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeBase45 } from '../../scqr/base45';
import { certificatePublicKey } from '../../scqr/der';
import type { TrustList } from '../../scqr/index';
import { deflateZlib } from '../../scqr/zlib';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const vectorDir = path.resolve(repoRoot, '..', 'shared', 'conformance', 'dcc-common');
export const vectorsPresent = existsSync(vectorDir);

export interface Vector {
  PREFIX?: string;
  BASE45?: string;
  COMPRESSED?: string;
  COSE?: string;
  TESTCTX: { CERTIFICATE: string; VALIDATIONCLOCK: string; DESCRIPTION: string };
  EXPECTEDRESULTS: Record<string, boolean>;
}

/** Every vector file, by name, in name order. */
export function readVectors(): Array<{ file: string; vector: Vector }> {
  return readdirSync(vectorDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, vector: JSON.parse(readFileSync(path.join(vectorDir, file), 'utf8')) as Vector }));
}

/** PREFIX, or what the vector does have (README: the raw layers), or nothing to run. */
export function payloadOf(v: Vector): string | undefined {
  const hex = (h: string) => new Uint8Array(Buffer.from(h, 'hex'));
  if (v.PREFIX !== undefined) return v.PREFIX;
  if (v.BASE45 !== undefined) return `HC1:${v.BASE45}`;
  if (v.COMPRESSED !== undefined) return `HC1:${encodeBase45(hex(v.COMPRESSED))}`;
  if (v.COSE !== undefined) return `HC1:${encodeBase45(deflateZlib(hex(v.COSE)))}`;
  return undefined;
}

export function trustListFor(v: Vector): TrustList {
  const der = Buffer.from(v.TESTCTX.CERTIFICATE, 'base64');
  const clock = Date.parse(v.TESTCTX.VALIDATIONCLOCK);
  return {
    region: '000000', // the DCC test issuer belongs to neither region; profile none ignores it
    version: 1,
    issuedAt: new Date(clock).toISOString(),
    nextUpdate: new Date(clock + 24 * 3600e3).toISOString(),
    entries: [
      {
        kid: createHash('sha256').update(der).digest().subarray(0, 8).toString('base64'),
        alg: certificatePublicKey(new Uint8Array(der)).type === 'RSA' ? 'PS256' : 'ES256',
        issuer: v.TESTCTX.DESCRIPTION,
        purposes: ['GSC', 'ECP'],
        docTypes: ['*'],
        x5c: v.TESTCTX.CERTIFICATE,
        // Wide on purpose: the vectors' expiry cases must answer EXPIRED / NOT_YET_VALID from
        // iat/exp, not WRONG_PURPOSE from the key's window.
        validFrom: '1970-01-01T00:00:00Z',
        validTo: '9999-12-31T23:59:59Z',
      },
    ],
  };
}
