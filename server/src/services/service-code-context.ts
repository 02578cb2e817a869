import type { Config } from '../config';
import type { Db } from '../db/database';
import { createServiceCodeRepository } from '../repositories/service-code-repository';
import { createTrustListRepository } from '../repositories/trust-list-repository';
import { createVerifierRepository } from '../repositories/verifier-repository';
import type { Crypto } from '../security/crypto';
import { seedDemoVerifiers } from '../seed/service-code-seeders';
import { createTrustService } from './trust-service';

/**
 * What the 政务服务码 / verification services need beyond the identity repositories: the node's
 * keys and trust lists, issued codes, verifier organisations. Building it creates the node's keys
 * on first start (DATA_DIR/keys) and seeds this region's demo verifiers.
 */
export function createServiceCodeContext(config: Config, db: Db, crypto: Crypto, now: () => Date) {
  seedDemoVerifiers(db, crypto, config.region);
  return {
    trust: createTrustService({ config, repo: createTrustListRepository(db), now }),
    codes: createServiceCodeRepository(db),
    verifiers: createVerifierRepository(db),
    /** Last purge of expired resolution records (epoch ms). */
    housekeeping: { lastPurgeMs: 0 },
  };
}

export type ServiceCodeContext = ReturnType<typeof createServiceCodeContext>;
