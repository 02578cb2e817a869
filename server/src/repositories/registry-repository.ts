import type { Db } from '../db/database';
import type { EnterpriseCreditProfile, RegistryEnterprise } from '../providers/types';

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
  const findCredit = db.prepare<[string], { credit_rating: string | null; licences_json: string | null }>(
    'SELECT credit_rating, licences_json FROM registry_enterprises WHERE credit_code = ?',
  );
  const setCredit = db.prepare(
    'UPDATE registry_enterprises SET credit_rating = @creditRating, licences_json = @licencesJson WHERE credit_code = @creditCode',
  );
  return {
    findCreditProfile(creditCode: string): EnterpriseCreditProfile | null {
      const row = findCredit.get(creditCode);
      if (!row || row.credit_rating === null) return null;
      return { creditRating: row.credit_rating, licences: JSON.parse(row.licences_json ?? '[]') as string[] };
    },
    setCreditProfile(creditCode: string, profile: EnterpriseCreditProfile): void {
      setCredit.run({ creditCode, creditRating: profile.creditRating, licencesJson: JSON.stringify(profile.licences) });
    },
    findByCreditCode(creditCode: string): RegistryEnterprise | null {
      const row = find.get(creditCode);
      return row ? { creditCode: row.credit_code, name: row.name, legalRepresentative: row.legal_representative } : null;
    },
    upsert(record: RegistryRecord): void {
      upsert.run(record);
    },
  };
}
