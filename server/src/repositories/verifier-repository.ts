import type { Db } from '../db/database';

export interface VerifierOrganisationRow {
  id: string;
  name: string;
  kind: 'window' | 'hotel' | 'transit';
  region: string;
  scopes_json: string;
}

/** Registered verifier organisations (scqr-v1 §5) and who scans for them. */
export function createVerifierRepository(db: Db) {
  const upsertOrganisation = db.prepare(
    `INSERT INTO verifier_organisations (id, name, kind, region, scopes_json)
     VALUES (@id, @name, @kind, @region, @scopes_json)
     ON CONFLICT (id) DO UPDATE SET
       name = excluded.name, kind = excluded.kind, region = excluded.region, scopes_json = excluded.scopes_json`,
  );
  const upsertMember = db.prepare<[string, string]>(
    `INSERT INTO verifier_members (phone_hash, organisation_id) VALUES (?, ?)
     ON CONFLICT (phone_hash) DO UPDATE SET organisation_id = excluded.organisation_id`,
  );
  const ofUser = db.prepare<[string], VerifierOrganisationRow>(
    `SELECT o.id, o.name, o.kind, o.region, o.scopes_json
     FROM users u
     JOIN verifier_members m ON m.phone_hash = u.phone_hash
     JOIN verifier_organisations o ON o.id = m.organisation_id
     WHERE u.id = ?`,
  );
  return {
    upsertOrganisation(row: VerifierOrganisationRow) {
      upsertOrganisation.run(row);
    },
    upsertMember: (phoneHash: string, organisationId: string) => void upsertMember.run(phoneHash, organisationId),
    /** The organisation the user scans for: a seeded member phone makes the account a member. */
    findOrganisationOfUser: (userId: string) => ofUser.get(userId) ?? null,
  };
}

export type VerifierRepository = ReturnType<typeof createVerifierRepository>;
