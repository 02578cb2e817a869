/**
 * The region's database and data key as a node opens them, for command-line tools that work on
 * the keys outside a running node: rotate.ts, and scripts/start.ts exporting each region's anchor
 * for pinning before the nodes start.
 */
import type { Config } from '../../../config';
import type { Database } from '../../../db/database';
import { openNodeDatabase } from '../../../db/open-node-database';
import type { EcPublicJwk } from '../../../../../scqr/keys';
import { type Crypto, createCrypto } from '../../../security/crypto';
import { loadOrCreateSecrets, secretsFromConfig } from '../../../security/secrets';
import { type EnsureKeysOptions, exportAnchorPublicJwk } from './keystore';

/** Opens (and migrates) the node's database with its data key, runs `work`, closes it. */
export async function withNodeDatabase<T>(config: Config, work: (db: Database, crypto: Crypto) => Promise<T>): Promise<T> {
  const crypto = createCrypto(config.secrets ? secretsFromConfig(config.secrets) : loadOrCreateSecrets(config.dataDir));
  const db = await openNodeDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    return await work(db, crypto);
  } finally {
    await db.close();
  }
}

/** The anchor public key of the configured region (created with the region's keys if missing). */
export async function exportNodeAnchor(config: Config, options: EnsureKeysOptions = {}): Promise<EcPublicJwk> {
  return withNodeDatabase(config, (db, crypto) => exportAnchorPublicJwk(db, crypto, config.region, options));
}
