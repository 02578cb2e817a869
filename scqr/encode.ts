/**
 * Server-side encoder (the phone never holds a private key, scqr-v1 §2): CWT claims →
 * COSE_Sign1 with ES256 (raw r||s) → zlib → Base45 → prefix (§1). Also the offline
 * selective-disclosure credential of §3.2, and the app-side step that presents it.
 *
 * Every code is read back through the verifier's own claim readers before it is signed, so the
 * encoder cannot produce a code the verifier would reject as `CWT`.
 */
import { decodeBase64, encodeBase64 } from './base64';
import { encodeBase45 } from './base45';
import { type CborMap, type CborValue, decodeCbor, encodeCbor } from './cbor';
import {
  ALG_ES256,
  HEADER_ALG,
  HEADER_DISCLOSURES,
  HEADER_KID,
  encodeCoseSign1,
  parseCoseSign1,
  sigStructure,
} from './cose';
import {
  CTI_LENGTH,
  DIGEST_LENGTH,
  type EcpBody,
  type GscBody,
  MAX_LIFETIME,
  type ScqrBody,
  type StatusRef,
  claimsToCbor,
  readScqrClaims,
} from './cwt';
import { type Disclosure, disclosureDigest, disclosureToCbor, readDisclosure } from './disclosure';
import { type JsonValue, fromJson } from './json';
import { type RandomBytes, type SigningKey } from './keys';
import { signEs256 } from './p256';
import { PREFIX_ECP, PREFIX_GSC } from './verify';
import { deflateZlib } from './zlib';

export interface IssueOptions {
  key: SigningKey;
  /** Issuing region (claim 1), GB/T 2260: "510000" or "500000". */
  iss: string;
  randomBytes: RandomBytes;
  /** iat; now by default. */
  at?: Date;
  /** exp − iat in seconds; the default is the longest the spec allows for the kind. */
  lifetimeSeconds?: number;
}

/** A certificate presentation before it is signed (§3). */
export interface EcpContent {
  dt: string;
  id?: string;
  hr: string;
  /** Online form: only the fields the holder picked. Offline form: every field of the certificate. */
  fields: { [name: string]: JsonValue | Uint8Array };
  ph?: Uint8Array;
  st?: StatusRef;
}

/** What the app stores for offline display (§3.2): JSON-safe. */
export interface OfflineCredential {
  /** base64 COSE_Sign1, signed over the digests only. */
  cose: string;
  /** base64 CBOR [digestID, salt, name, value], one per field. */
  disclosures: string[];
}

/** §2 offline batch: up to 30 codes for consecutive 60 s windows, each valid 120 s. */
export const GSC_BATCH = { maxCount: 30, stepSeconds: 60, lifetimeSeconds: 120 } as const;

/** A 政务服务码 (§2); default lifetime 120 s, as in the offline batch. */
export function encodeGsc(body: GscBody, options: IssueOptions): string {
  const { lifetimeSeconds = GSC_BATCH.lifetimeSeconds } = options;
  return PREFIX_GSC + pack(sign({ kind: 'GSC', gsc: body }, { ...options, lifetimeSeconds }));
}

/** §2 offline display: `count` codes, iat staggered by 60 s from `at`, each exp = iat + 120. */
export function encodeGscBatch(
  body: GscBody,
  options: Omit<IssueOptions, 'lifetimeSeconds'> & { count?: number },
): { iat: number; exp: number; payload: string }[] {
  const { count = GSC_BATCH.maxCount } = options;
  if (!Number.isInteger(count) || count < 1 || count > GSC_BATCH.maxCount) {
    throw new RangeError(`a batch holds 1..${GSC_BATCH.maxCount} codes`);
  }
  const start = epochSeconds(options.at);
  return Array.from({ length: count }, (_, n) => {
    const iat = start + n * GSC_BATCH.stepSeconds;
    const payload = encodeGsc(body, { ...options, at: new Date(iat * 1000), lifetimeSeconds: GSC_BATCH.lifetimeSeconds });
    return { iat, exp: iat + GSC_BATCH.lifetimeSeconds, payload };
  });
}

/** §3.1 online-signed presentation with the chosen fields in the clear; default lifetime 300 s. */
export function encodeEcp(content: EcpContent, options: IssueOptions): string {
  const { lifetimeSeconds = MAX_LIFETIME.ECP_ONLINE } = options;
  const f = new Map(Object.entries(content.fields).map(([name, value]) => [name, fromJson(value)]));
  const ecp: EcpBody = { ...bodyBase(content), f };
  return PREFIX_ECP + pack(sign({ kind: 'ECP', ecp }, { ...options, lifetimeSeconds }));
}

/**
 * §3.2 offline form: signs salted digests of every field (default lifetime 24 h). The digest IDs
 * follow a random order of the fields, so an ID does not tell which field it hides.
 */
export function issueEcpOffline(content: EcpContent, options: IssueOptions): OfflineCredential {
  const { lifetimeSeconds = MAX_LIFETIME.ECP_OFFLINE, randomBytes } = options;
  const names = shuffle(Object.keys(content.fields), randomBytes);
  const disclosures: Disclosure[] = names.map((name, digestId) => ({
    digestId,
    salt: random(randomBytes, DIGEST_LENGTH),
    name,
    value: fromJson(content.fields[name]),
  }));
  const vd = new Map(disclosures.map((d) => [d.digestId, disclosureDigest(d.salt, d.name, d.value)]));
  const ecp: EcpBody = { ...bodyBase(content), vd };
  return {
    cose: encodeBase64(sign({ kind: 'ECP', ecp }, { ...options, lifetimeSeconds })),
    disclosures: disclosures.map((d) => encodeBase64(encodeCbor(disclosureToCbor(d)))),
  };
}

/** Field names an offline credential can disclose, for the holder's picker. */
export function offlineFieldNames(credential: OfflineCredential): string[] {
  return credential.disclosures.map((d) => readDisclosure(decodeCbor(decodeBase64(d))).name);
}

/**
 * App side of §3.2: puts the chosen disclosures into unprotected header -65539 (outside the
 * signature) and packs the code. Needs no key; undisclosed values never enter the payload.
 */
export function presentEcpOffline(credential: OfflineCredential, names: readonly string[]): string {
  const cose = parseCoseSign1(decodeCbor(decodeBase64(credential.cose)));
  const all = credential.disclosures.map((d) => decodeCbor(decodeBase64(d)));
  const chosen = names.map((name) => {
    const found = all.find((item) => readDisclosure(item).name === name);
    if (!found) throw new RangeError(`the credential has no field "${name}"`);
    return found;
  });
  const unprotectedHeader: CborMap = new Map(cose.unprotectedHeader);
  if (chosen.length > 0) unprotectedHeader.set(HEADER_DISCLOSURES, chosen);
  return PREFIX_ECP + pack(encodeCoseSign1({ ...cose, unprotectedHeader }));
}

// ---------------------------------------------------------------- internals

function bodyBase(content: EcpContent): Omit<EcpBody, 'f' | 'vd'> {
  const base: Omit<EcpBody, 'f' | 'vd'> = { dt: content.dt, hr: content.hr };
  if (content.id !== undefined) base.id = content.id;
  if (content.ph !== undefined) base.ph = content.ph;
  if (content.st !== undefined) base.st = content.st;
  return base;
}

/** Builds and checks the claims, then returns the COSE_Sign1 bytes. */
function sign(body: ScqrBody, options: IssueOptions & { lifetimeSeconds: number }): Uint8Array {
  const iat = epochSeconds(options.at);
  const claims = claimsToCbor(
    { iss: options.iss, iat, exp: iat + options.lifetimeSeconds, cti: random(options.randomBytes, CTI_LENGTH) },
    body,
  );
  readScqrClaims(claims, body.kind); // throws CwtError on anything the verifier would refuse
  const protectedBytes = encodeCbor(
    new Map<number, CborValue>([
      [HEADER_ALG, ALG_ES256],
      [HEADER_KID, options.key.kid],
    ]),
  );
  const payload = encodeCbor(claims);
  const signature = signEs256(sigStructure(protectedBytes, payload), options.key.secretKey);
  return encodeCoseSign1({ protectedBytes, unprotectedHeader: new Map(), payload, signature });
}

function pack(coseSign1: Uint8Array): string {
  return encodeBase45(deflateZlib(coseSign1));
}

function epochSeconds(at: Date | undefined): number {
  const ms = (at ?? new Date()).getTime();
  if (Number.isNaN(ms)) throw new RangeError('invalid issuing time');
  return Math.floor(ms / 1000);
}

function random(randomBytes: RandomBytes, length: number): Uint8Array {
  const bytes = randomBytes(length);
  if (!(bytes instanceof Uint8Array) || bytes.length !== length) {
    throw new TypeError(`randomBytes(${length}) must return that many bytes`);
  }
  return bytes;
}

/** Fisher–Yates with rejection sampling on 32-bit draws (no modulo bias). */
function shuffle<T>(items: T[], randomBytes: RandomBytes): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const bound = i + 1;
    const limit = Math.floor(0x100000000 / bound) * bound;
    let draw: number;
    do {
      const b = random(randomBytes, 4);
      draw = ((b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3]) >>> 0;
    } while (draw >= limit);
    const j = draw % bound;
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
