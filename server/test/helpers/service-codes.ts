/** Helpers for the 政务服务码 / verification tests: holders, verifiers, decoding codes with scqr. */
import { decodeBase45, encodeBase45 } from '../../../scqr/base45';
import { encodeBase64 } from '../../../scqr/base64';
import { type CborValue, decodeCbor, encodeCbor } from '../../../scqr/cbor';
import { encodeCoseSign1, parseCoseSign1 } from '../../../scqr/cose';
import type { EcPublicJwk } from '../../../scqr/keys';
import { deflateZlib, inflateZlib } from '../../../scqr/zlib';
import type { VerifierKind } from '../../../types/service-code';
import { loadConfig } from '../../src/config';
import { exportNodeAnchor } from '../../src/modules/trust/keys/node-database';
import { DEMO_VERIFIER_PHONES } from '../../src/demo/demo-verifiers';
import { databaseUrlFor } from './test-database';
import { type ApiResponse, type Json, type TestServer, citizenId, loginBySms, verifyRealName } from './test-server';

let idCounter = 0;
/** A fresh checksum-valid citizen ID (one account per citizen, so each holder needs their own). */
export function nextCitizenId(district = '510104'): string {
  idCounter += 1;
  return citizenId(`${district}19900307${String(idCounter % 1000).padStart(3, '0')}`);
}

export interface Holder {
  token: string;
  phone: string;
  name: string;
  idNumber: string;
}

/** Signs in a new account by SMS and real-name verifies it. */
export async function realNameHolder(server: TestServer, name = '张三丰', district = '510104'): Promise<Holder> {
  const { token, phone } = await loginBySms(server);
  const idNumber = nextCitizenId(district);
  await verifyRealName(server, token, name, idNumber);
  return { token, phone, name, idNumber };
}

/** Signs in with the seeded member phone of this kind of verifier organisation. */
export async function verifierToken(server: TestServer, kind: VerifierKind): Promise<string> {
  return (await loginBySms(server, DEMO_VERIFIER_PHONES[kind])).token;
}

export async function requestServiceCodes(
  server: TestServer,
  token: string,
  body: { kind: 'person' | 'enterprise'; count?: number },
): Promise<ApiResponse> {
  return server.call('POST', '/api/v1/me/service-codes', { token, body });
}

/** Issues and returns the first payload, failing loudly otherwise. */
export async function firstCode(server: TestServer, token: string, kind: 'person' | 'enterprise' = 'person'): Promise<string> {
  const issued = await requestServiceCodes(server, token, { kind, count: 1 });
  if (issued.status !== 200) throw new Error(`issue failed: ${issued.status} ${issued.text}`);
  return issued.body.codes[0].payload;
}

export async function resolveCode(server: TestServer, token: string, payload: string): Promise<ApiResponse> {
  return server.call('POST', '/api/v1/verifications', { token, body: { payload } });
}

/** The node's own anchor public key, as it publishes it first in GET /api/v1/trust-anchors. */
export async function anchorPublicJwk(server: TestServer): Promise<EcPublicJwk> {
  const anchors = await server.call('GET', '/api/v1/trust-anchors');
  if (anchors.status !== 200) throw new Error(`trust anchors: ${anchors.status} ${anchors.text}`);
  return anchors.body.anchors[0].jwk as EcPublicJwk;
}

/** A region node's anchor public key before it starts (its keys are created if missing), for pinning. */
export async function exportAnchorFor(dataDir: string, region: '510000' | '500000'): Promise<EcPublicJwk> {
  const databaseUrl = await databaseUrlFor(dataDir);
  return exportNodeAnchor(loadConfig({ DATA_DIR: dataDir, REGION: region, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) }));
}

/** Decodes a payload without verifying it: kid (base64), the claims map and the gsc body as JSON. */
export function decodeCode(payload: string): { kid: string; claims: Map<CborValue, CborValue>; gsc: Json; text: string } {
  const prefixLength = payload.indexOf(':') + 1;
  const cose = parseCoseSign1(decodeCbor(inflateZlib(decodeBase45(payload.slice(prefixLength)))));
  const claims = decodeCbor(cose.payload) as Map<CborValue, CborValue>;
  const gscMap = claims.get(-65537) as Map<string, CborValue> | undefined;
  const gsc = gscMap ? Object.fromEntries(gscMap) : null;
  // Everything readable in the code, for "no full ID number or name anywhere" checks.
  const text = JSON.stringify([...claims.entries()].map(([k, v]) => [k, v instanceof Map ? Object.fromEntries(v) : v instanceof Uint8Array ? encodeBase64(v) : v]));
  return { kid: encodeBase64(cose.kid), claims, gsc, text };
}

/** The same code with one bit of its signature flipped (still well-formed). */
export function withTamperedSignature(payload: string): string {
  const prefix = payload.slice(0, payload.indexOf(':') + 1);
  const cose = parseCoseSign1(decodeCbor(inflateZlib(decodeBase45(payload.slice(prefix.length)))));
  const signature = cose.signature.slice();
  signature[10] ^= 0x01;
  return prefix + encodeBase45(deflateZlib(encodeCoseSign1({ ...cose, signature })));
}

/** The same signed code with its claims changed (e.g. a longer exp): the signature no longer matches. */
export function withAlteredClaims(payload: string, change: (claims: Map<CborValue, CborValue>) => void): string {
  const prefix = payload.slice(0, payload.indexOf(':') + 1);
  const cose = parseCoseSign1(decodeCbor(inflateZlib(decodeBase45(payload.slice(prefix.length)))));
  const claims = decodeCbor(cose.payload) as Map<CborValue, CborValue>;
  change(claims);
  return prefix + encodeBase45(deflateZlib(encodeCoseSign1({ ...cose, payload: encodeCbor(claims as CborValue) })));
}

/** A payload of the given prefix over arbitrary bytes (zlib-compressed unless told otherwise). */
export function packed(prefix: string, bytes: Uint8Array, compress = true): string {
  return prefix + encodeBase45(compress ? deflateZlib(bytes) : bytes);
}
