import type { Database } from '../../db/database';
import { sha256Hex } from '../../security/crypto';
import { sameName } from './person-name';
import type { EnterpriseCreditProfile, RegisteredEnterpriseFacts, RegistryEnterprise } from '../../providers/types';

export interface RegistryRecord extends RegistryEnterprise {
  regionCode: string;
  /** The legal representative's citizen ID (fictional demo people); stored only as its SHA-256. */
  legalRepresentativeIdNumber: string;
}

/** The development enterprise registry table (seeded, read by the dev registry provider). */
export function createRegistryRepository(db: Database) {
  return {
    async findCreditProfile(creditCode: string): Promise<EnterpriseCreditProfile | null> {
      const row = await db.q
        .selectFrom('registry_enterprises')
        .select(['credit_rating', 'licences_json'])
        .where('credit_code', '=', creditCode)
        .executeTakeFirst();
      if (!row || row.credit_rating === null) return null;
      return { creditRating: row.credit_rating, licences: JSON.parse(row.licences_json ?? '[]') as string[] };
    },
    async setCreditProfile(creditCode: string, profile: EnterpriseCreditProfile): Promise<void> {
      await db.q
        .updateTable('registry_enterprises')
        .set({ credit_rating: profile.creditRating, licences_json: JSON.stringify(profile.licences) })
        .where('credit_code', '=', creditCode)
        .execute();
    },
    async findRegisteredFacts(creditCode: string): Promise<RegisteredEnterpriseFacts | null> {
      const row = await db.q.selectFrom('registry_enterprises').select('facts_json').where('credit_code', '=', creditCode).executeTakeFirst();
      return row?.facts_json ? (JSON.parse(row.facts_json) as RegisteredEnterpriseFacts) : null;
    },
    async setRegisteredFacts(creditCode: string, facts: RegisteredEnterpriseFacts | null): Promise<void> {
      await db.q
        .updateTable('registry_enterprises')
        .set({ facts_json: facts ? JSON.stringify(facts) : null })
        .where('credit_code', '=', creditCode)
        .execute();
    },
    async isLegalRepresentative(creditCode: string, person: { name: string; idNumber: string }): Promise<boolean> {
      const row = await db.q
        .selectFrom('registry_enterprises')
        .select(['legal_representative', 'legal_representative_id_sha256'])
        .where('credit_code', '=', creditCode)
        .executeTakeFirst();
      if (!row?.legal_representative_id_sha256) return false;
      return row.legal_representative_id_sha256 === sha256Hex(person.idNumber.toUpperCase()) && sameName(row.legal_representative, person.name);
    },
    async findByCreditCode(creditCode: string): Promise<RegistryEnterprise | null> {
      const row = await db.q
        .selectFrom('registry_enterprises')
        .select(['credit_code', 'name', 'legal_representative'])
        .where('credit_code', '=', creditCode)
        .executeTakeFirst();
      return row ? { creditCode: row.credit_code, name: row.name, legalRepresentative: row.legal_representative } : null;
    },
    async upsert(record: RegistryRecord): Promise<void> {
      await db.q
        .insertInto('registry_enterprises')
        .values({
          credit_code: record.creditCode,
          name: record.name,
          legal_representative: record.legalRepresentative,
          legal_representative_id_sha256: sha256Hex(record.legalRepresentativeIdNumber.toUpperCase()),
          region_code: record.regionCode,
        })
        .onConflict((oc) =>
          oc.column('credit_code').doUpdateSet((eb) => ({
            name: eb.ref('excluded.name'),
            legal_representative: eb.ref('excluded.legal_representative'),
            legal_representative_id_sha256: eb.ref('excluded.legal_representative_id_sha256'),
            region_code: eb.ref('excluded.region_code'),
          })),
        )
        .execute();
    },
  };
}
