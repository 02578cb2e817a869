import type { Db } from '../db/database';
import type { RegistryEnterprise } from '../providers/types';

export interface RegistryRecord extends RegistryEnterprise {
  regionCode: string;
}

/** The development enterprise registry table (seeded, read by the dev registry provider). */
export function createRegistryRepository(db: Db) {
  const find = db.prepare<[string], { credit_code: string; name: string; legal_representative: string }>(
    'SELECT credit_code, name, legal_representative FROM registry_enterprises WHERE credit_code = ?',
  );
  const upsert = db.prepare(
    `INSERT INTO registry_enterprises (credit_code, name, legal_representative, region_code)
     VALUES (@creditCode, @name, @legalRepresentative, @regionCode)
     ON CONFLICT (credit_code) DO UPDATE SET
       name = excluded.name, legal_representative = excluded.legal_representative, region_code = excluded.region_code`,
  );
  return {
    findByCreditCode(creditCode: string): RegistryEnterprise | null {
      const row = find.get(creditCode);
      return row ? { creditCode: row.credit_code, name: row.name, legalRepresentative: row.legal_representative } : null;
    },
    upsert(record: RegistryRecord): void {
      upsert.run(record);
    },
  };
}
