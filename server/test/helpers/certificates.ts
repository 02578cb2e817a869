/** Helpers for the 电子证照 tests: demo holders, presentations, decoding ECP payloads. */
import { decodeBase45 } from '../../../scqr/base45';
import { decodeBase64, encodeBase64 } from '../../../scqr/base64';
import { type CborValue, decodeCbor, encodeCbor } from '../../../scqr/cbor';
import type { OfflineCredential } from '../../../scqr/encode';
import type { EcPublicJwk } from '../../../scqr/keys';
import { type TrustStore, mergeTrustLists, verifyTrustList } from '../../../scqr/trust-list';
import { parseCoseSign1 } from '../../../scqr/cose';
import { inflateZlib } from '../../../scqr/zlib';
import { DEMO_PEOPLE } from '../../src/demo/demo-certificates';
import { type ApiResponse, type Json, type TestServer, loginBySms, verifyRealName } from './test-server';

export { DEMO_PEOPLE };

/** Signs in (a fresh phone unless given) and completes real-name verification as a demo resident. */
export async function demoHolder(server: TestServer, who: keyof typeof DEMO_PEOPLE, phone?: string): Promise<{ token: string; phone: string }> {
  const person = DEMO_PEOPLE[who];
  const { token, phone: used } = await loginBySms(server, phone);
  await verifyRealName(server, token, person.name, person.idNumber);
  return { token, phone: used };
}

export async function wallet(server: TestServer, token: string): Promise<Json[]> {
  const res = await server.call('GET', '/api/v1/me/certificates', { token });
  if (res.status !== 200) throw new Error(`wallet: ${res.status} ${res.text}`);
  return res.body.items;
}

export async function certificateOf(server: TestServer, token: string, classCode: string): Promise<Json> {
  const found = (await wallet(server, token)).find((c) => c.classCode === classCode);
  if (!found) throw new Error(`no ${classCode} in the wallet`);
  return found;
}

export async function present(server: TestServer, token: string, id: string, body: object): Promise<ApiResponse> {
  return server.call('POST', `/api/v1/me/certificates/${id}/presentations`, { token, body });
}

export async function offlineBatch(server: TestServer, token: string, id: string, count = 1): Promise<ApiResponse> {
  return server.call('POST', `/api/v1/me/certificates/${id}/offline-batch`, { token, body: { count } });
}

/** Everything readable in an ECP payload (claims, body, unprotected disclosures) as text. */
export function readableText(payload: string): string {
  const cose = parseCoseSign1(decodeCbor(inflateZlib(decodeBase45(payload.slice(payload.indexOf(':') + 1)))));
  const show = (v: CborValue): unknown =>
    v instanceof Map ? [...v.entries()].map(([k, x]) => [show(k), show(x)]) : v instanceof Uint8Array ? encodeBase64(v) : Array.isArray(v) ? v.map(show) : v;
  return JSON.stringify([show(decodeCbor(cose.payload)), show(cose.unprotectedHeader as CborValue)]);
}

/** The ecp body of a payload as a plain object (f/vd maps converted). */
export function ecpBody(payload: string): Record<string, unknown> {
  const cose = parseCoseSign1(decodeCbor(inflateZlib(decodeBase45(payload.slice(payload.indexOf(':') + 1)))));
  const claims = decodeCbor(cose.payload) as Map<CborValue, CborValue>;
  const ecp = claims.get(-65538) as Map<string, CborValue>;
  return Object.fromEntries([...ecp.entries()].map(([k, v]) => [k, v instanceof Map ? Object.fromEntries(v) : v]));
}

/** The merged trust store an offline verifier (the app) builds: each node list checked against its pinned anchor. */
export async function mergedStoreOf(server: TestServer): Promise<TrustStore> {
  const anchors: Array<{ region: string; jwk: EcPublicJwk }> = (await server.call('GET', '/api/v1/trust-anchors')).body.anchors;
  const lists: Array<{ region: string; jws: string }> = (await server.call('GET', '/api/v1/trust-lists')).body.lists;
  return mergeTrustLists(
    lists.map((l) => verifyTrustList(l.jws, anchors.find((a) => a.region === l.region)!.jwk, l.region)),
  );
}

/** An offline credential whose disclosure `name` now claims another value (digest left as signed). */
export function withChangedDisclosure(credential: OfflineCredential, name: string, value: string): OfflineCredential {
  return {
    ...credential,
    disclosures: credential.disclosures.map((d) => {
      const item = decodeCbor(decodeBase64(d)) as CborValue[];
      return item[2] === name ? encodeBase64(encodeCbor([item[0], item[1], item[2], value])) : d;
    }),
  };
}
