import type { Config } from '../../config';
import type { Database } from '../../db/database';
import { createServiceCodeRepository } from './service-code-repository';
import { createTrustListRepository } from '../trust/trust-list-repository';
import { createVerifierRepository } from './verifier-repository';
import { createMembershipCache, type MembershipCache } from './membership-cache';
import type { Crypto } from '../../security/crypto';
import { type TrustService, createTrustService } from '../trust/trust-service';
import { publishedSealIssuers } from '../seal/seal-trust';
import { createSealRepository } from '../seal/seal-repository';

export interface ServiceCodeContext {
  trust: TrustService;
  codes: ReturnType<typeof createServiceCodeRepository>;
  verifiers: ReturnType<typeof createVerifierRepository>;
  /** Verifier membership per user, remembered briefly (membership-cache.ts). */
  memberships: MembershipCache;
  /** Last purge of expired resolution records by this node (epoch ms); any node may purge. */
  housekeeping: { lastPurgeMs: number };
}

/**
 * What the 政务服务码 / verification services need beyond the identity repositories: the region's
 * keys and trust lists, issued codes, verifier organisations. Building it creates the region's
 * keys on first start (node_keys).
 */
export async function createServiceCodeContext(config: Config, db: Database, crypto: Crypto, now: () => Date): Promise<ServiceCodeContext> {
  return {
    trust: await createTrustService({
      config, db, crypto, repo: createTrustListRepository(db), now,
      sealIssuerEntries: publishedSealIssuers(createSealRepository(db), config.region),
    }),
    codes: createServiceCodeRepository(db),
    verifiers: createVerifierRepository(db),
    memberships: createMembershipCache(),
    housekeeping: { lastPurgeMs: 0 },
  };
}
