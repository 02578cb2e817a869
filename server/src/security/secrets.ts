import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

export interface ServerSecrets {
  /** Keys the lookup hashes (phone, openid, ID number, SMS code, IP): HMAC-SHA256. */
  hmacKey: Buffer;
  /** Encrypts personal data at rest: AES-256-GCM. */
  dataKey: Buffer;
}

const KEY_BYTES = 32;

/**
 * One key per file in DATA_DIR/secrets (dir 0700, files 0600), created on first start. Kept next
 * to the database so a copied data dir keeps working, and apart from it so the SQLite file alone
 * (a backup, a leaked copy) reveals no phone or ID number.
 */
function loadOrCreateKey(dir: string, name: string): Buffer {
  const file = path.join(dir, name);
  try {
    // 'wx' fails if the file exists, so two processes starting at once cannot both write a key.
    writeFileSync(file, randomBytes(KEY_BYTES).toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
  if (key.length !== KEY_BYTES) throw new Error(`${file} does not hold a ${KEY_BYTES}-byte base64 key`);
  return key;
}

/** The configured keys (HMAC_KEY, DATA_KEY), shared by every node of a cluster. */
export function secretsFromConfig(keys: { hmacKey: string; dataKey: string }): ServerSecrets {
  return { hmacKey: Buffer.from(keys.hmacKey, 'base64'), dataKey: Buffer.from(keys.dataKey, 'base64') };
}

export function loadOrCreateSecrets(dataDir: string): ServerSecrets {
  const dir = path.join(dataDir, 'secrets');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return {
    hmacKey: loadOrCreateKey(dir, 'hmac.key'),
    dataKey: loadOrCreateKey(dir, 'data.key'),
  };
}
