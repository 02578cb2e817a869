import type { Config } from '../../config';
import type { Database } from '../../db/database';
import { createCertificateRepository } from './certificate-repository';
import { createStatusService } from './certificate-status';

/**
 * 电子证照 (issue 6): the node's certificates, presentations, 用证记录, re-authentication and
 * status lists (own and the peer's stored copy).
 */
export function createCertificateContext(config: Config, db: Database, now: () => Date) {
  const repo = createCertificateRepository(db, config.region);
  return { repo, status: createStatusService({ config, db, repo, now }) };
}

export type CertificateContext = ReturnType<typeof createCertificateContext>;
