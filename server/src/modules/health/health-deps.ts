import type { Config } from '../../config';
import type { Database } from '../../db/database';

/** Liveness and readiness read the node's identity from the configuration and probe the database. */
export interface HealthDeps {
  db: Database;
  config: Pick<Config, 'region' | 'version' | 'dataDir'>;
  now: () => Date;
}
