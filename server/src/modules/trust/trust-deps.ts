import type { TrustService } from './trust-service';

/** The region's keys and the trust lists (own and the peers') that signed payloads are checked against. */
export interface TrustDeps {
  trust: TrustService;
}
