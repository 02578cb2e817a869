import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { ServerSecrets } from './secrets';

/**
 * What a value is hashed or encrypted as. Mixing the purpose into the HMAC input and into the
 * AES-GCM associated data keeps a phone hash from matching an ID hash, and a ciphertext from
 * being moved into another column.
 */
export type DataPurpose =
  | 'phone'
  | 'weapp-openid'
  | 'id-number'
  | 'person-name'
  | 'sms-code'
  | 'ip'
  /** X-Device-Id, the app-install hint SMS limits fall on. */
  | 'device'
  | 'dev-openid'
  /** The pseudonymous subject (`sub`) of a 政务服务码 / 企业码. */
  | 'gsc-subject'
  /** An e-certificate's field values (JSON) and its holder photo (issue 6). */
  | 'certificate-fields'
  | 'certificate-photo'
  /** The bytes (base64) of an uploaded material or photo, kept in its uploads row. */
  | 'upload-content'
  /** A phone, bank-card or ID number inside stored form values (applications, drafts). */
  | 'form-values'
  /** A private JWK of the region's trust anchor or a document-signing key (node_keys). */
  | 'node-key'
  /** A private key (PKCS#8 PEM) of an enterprise's 电子印章, the region's seal issuer or its TSA. */
  | 'seal-key';

const CIPHER_VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface Crypto {
  /** Deterministic keyed hash for lookups (hex). */
  hmac(purpose: DataPurpose, value: string): string;
  /** Constant-time comparison of two hex digests. */
  equalDigests(a: string, b: string): boolean;
  encrypt(purpose: DataPurpose, plaintext: string): string;
  decrypt(purpose: DataPurpose, ciphertext: string): string;
}

export function createCrypto(secrets: ServerSecrets): Crypto {
  return {
    hmac(purpose, value) {
      return createHmac('sha256', secrets.hmacKey).update(`${purpose}\u0000${value}`).digest('hex');
    },
    equalDigests(a, b) {
      const left = Buffer.from(a, 'hex');
      const right = Buffer.from(b, 'hex');
      return left.length === right.length && timingSafeEqual(left, right);
    },
    encrypt(purpose, plaintext) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', secrets.dataKey, iv);
      cipher.setAAD(Buffer.from(purpose));
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return `${CIPHER_VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
    },
    decrypt(purpose, ciphertext) {
      const [version, payload] = ciphertext.split('.');
      if (version !== CIPHER_VERSION || !payload) throw new Error('Unknown ciphertext format');
      const raw = Buffer.from(payload, 'base64url');
      const decipher = createDecipheriv('aes-256-gcm', secrets.dataKey, raw.subarray(0, IV_BYTES));
      decipher.setAAD(Buffer.from(purpose));
      decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
    },
  };
}

/** Session tokens are stored as SHA-256: a random 256-bit token needs no key or salt. */
export function sha256Hex(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

let lastIdMs = 0;
let sameMsCounter = 0;

/**
 * Prefixed ids (`usr_…`, `msg_…`): the prefix tells what they name, 72 random bits make them
 * unguessable, and a leading creation time (with a counter within one millisecond) makes them
 * sort in the order this node created them. Lists order rows by their time and then by id, so
 * rows of the same instant keep their order without relying on an engine's insertion order.
 */
export function newId(prefix: string): string {
  const now = Date.now();
  sameMsCounter = now === lastIdMs ? sameMsCounter + 1 : 0;
  lastIdMs = now;
  const time = now.toString(36).padStart(9, '0') + (sameMsCounter % 1296).toString(36).padStart(2, '0');
  return `${prefix}_${time}${randomBytes(9).toString('base64url')}`;
}
