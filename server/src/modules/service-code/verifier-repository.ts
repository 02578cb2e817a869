import type { Database } from '../../db/database';

export interface VerifierOrganisationRow {
  id: string;
  name: string;
  kind: 'window' | 'hotel' | 'transit';
  region: string;
  scopes_json: string;
}

/** Registered verifier organisations (scqr-v1 §5) and who scans for them. */
export function createVerifierRepository(db: Database) {
  return {
    async upsertOrganisation(row: VerifierOrganisationRow): Promise<void> {
      await db.q
        .insertInto('verifier_organisations')
        .values(row)
        .onConflict((oc) =>
          oc.column('id').doUpdateSet((eb) => ({
            name: eb.ref('excluded.name'),
            kind: eb.ref('excluded.kind'),
            region: eb.ref('excluded.region'),
            scopes_json: eb.ref('excluded.scopes_json'),
          })),
        )
        .execute();
    },
    async upsertMember(phoneHash: string, organisationId: string): Promise<void> {
      await db.q
        .insertInto('verifier_members')
        .values({ phone_hash: phoneHash, organisation_id: organisationId })
        .onConflict((oc) => oc.column('phone_hash').doUpdateSet((eb) => ({ organisation_id: eb.ref('excluded.organisation_id') })))
        .execute();
    },
    /** The organisation the user scans for: a seeded member phone makes the account a member. */
    async findOrganisationOfUser(userId: string): Promise<VerifierOrganisationRow | null> {
      const row = await db.q
        .selectFrom('users as u')
        .innerJoin('verifier_members as m', 'm.phone_hash', 'u.phone_hash')
        .innerJoin('verifier_organisations as o', 'o.id', 'm.organisation_id')
        .select(['o.id', 'o.name', 'o.kind', 'o.region', 'o.scopes_json'])
        .where('u.id', '=', userId)
        .executeTakeFirst();
      return (row as VerifierOrganisationRow | undefined) ?? null;
    },
  };
}

export type VerifierRepository = ReturnType<typeof createVerifierRepository>;
