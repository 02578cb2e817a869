import type { Database } from '../../db/database';
import type { Seeder } from '../../seed';
import { createSealRepository, SEAL_KEY_PURPOSE } from './seal-repository';

const BATCH = 500;

/**
 * Seal keys written before seal keys had a data purpose of their own were encrypted as node keys:
 * each start re-encrypts what is left of them under 'seal-key' (and finds nothing once done), so a
 * seal key can no longer be decrypted from — or moved into — a column meant for another secret.
 */
export const sealKeySeeder: Seeder = {
  name: 'seal-key-purpose',
  async run(db: Database, { crypto }) {
    const repo = createSealRepository(db);
    // 'node-key' is the only purpose seal keys were ever written under before.
    const reencrypt = (enc: string) => crypto.encrypt(SEAL_KEY_PURPOSE, crypto.decrypt('node-key', enc));
    for (const issuer of await repo.issuersUnderOtherPurpose()) {
      await repo.rekeyIssuer(issuer.id, reencrypt(issuer.private_key_enc));
    }
    for (let batch = await repo.sealsUnderOtherPurpose(BATCH); batch.length > 0; batch = await repo.sealsUnderOtherPurpose(BATCH)) {
      for (const seal of batch) await repo.rekeySeal(seal.id, reencrypt(seal.private_key_enc));
    }
  },
};
