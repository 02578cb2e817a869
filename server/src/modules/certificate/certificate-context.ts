import type { Config } from '../config';
import type { Database } from '../db/database';
import { createCertificateRepository } from '../repositories/certificate-repository';
import type { Crypto } from '../security/crypto';
import { seedDemoCertificates } from './certificate-issuance';
import { createStatusService } from './certificate-status';

/**
 * 电子证照 (issue 6): the node's certificates, presentations, 用证记录, re-authentication and
 * status lists (own and the peer's stored copy). Building it seeds this region's demo certificates
 * (they need the node's keys for the holder HMAC and the encryption), like the demo verifiers.
 */
export async function createCertificateContext(config: Config, db: Database, crypto: Crypto, now: () => Date) {
  const repo = createCertificateRepository(db, config.region);
  await seedDemoCertificates({ repo, crypto, region: config.region, nowMs: now().getTime(), db });
  return { repo, status: createStatusService({ config, db, repo, now }) };
}

export type CertificateContext = Awaited<ReturnType<typeof createCertificateContext>>;
