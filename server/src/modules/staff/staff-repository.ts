import type { StaffRefusalCode, StaffRole } from '../../../../types/staff';
import type { Database } from '../../db/database';
import { maskIdNumbersInOptionalText } from '../../shared/personal-data';

export interface StaffRow {
  id: string;
  phone: string;
  name: string;
  /** The office's display name. */
  office: string;
  role: StaffRole;
  /** GB/T 2260: a city (510100) or a province/municipality (510000, 500000). */
  region: string;
  /** A catalogue department, or null for a desk that takes every department of its region. */
  department: string | null;
}

export interface StaffAuditRow {
  id: number;
  staff_id: string;
  user_id: string;
  role: string;
  region: string;
  department: string | null;
  action: string;
  target_kind: 'application' | 'case' | 'certificate';
  target_id: string;
  target_region: string | null;
  reason: string | null;
  /** The refusal code of an attempt that was refused; null for an action that went through. */
  refused: StaffRefusalCode | null;
  at: number;
}

type StoredStaff = { id: string | null; phone: string; name: string; office: string; role: string; region: string | null; department: string | null };

/** A row written before offices existed has none: it is nobody's office (every check refuses it). */
function toStaffRow(row: StoredStaff): StaffRow | null {
  if (!row.id || !row.region) return null;
  return { ...row, id: row.id, region: row.region, role: row.role as StaffRole };
}

export function createStaffRepository(db: Database) {
  return {
    async upsert(row: StaffRow) {
      const values = { id: row.id, phone: row.phone, name: row.name, office: row.office, role: row.role, region: row.region, department: row.department };
      await db.q
        .insertInto('staff_members')
        .values(values)
        .onConflict((oc) =>
          oc.column('phone').doUpdateSet((eb) => ({
            id: eb.ref('excluded.id'),
            name: eb.ref('excluded.name'),
            office: eb.ref('excluded.office'),
            role: eb.ref('excluded.role'),
            region: eb.ref('excluded.region'),
            department: eb.ref('excluded.department'),
          })),
        )
        .execute();
    },
    async listAll(): Promise<StaffRow[]> {
      const rows = await db.q.selectFrom('staff_members').selectAll().orderBy('phone').execute();
      return rows.map(toStaffRow).filter((row): row is StaffRow => row !== null);
    },
    async findById(id: string): Promise<StaffRow | null> {
      const row = await db.q.selectFrom('staff_members').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toStaffRow(row) : null;
    },
    /** The user and every account with the same real-name identity (回避 covers a second account too). */
    async identityOf(userId: string): Promise<{ userIds: Set<string>; idNumberHash: string | null }> {
      const own = await db.q.selectFrom('real_names').select('id_number_hash').where('user_id', '=', userId).executeTakeFirst();
      if (!own) return { userIds: new Set([userId]), idNumberHash: null };
      const rows = await db.q.selectFrom('real_names').select('user_id').where('id_number_hash', '=', own.id_number_hash).execute();
      return { userIds: new Set([userId, ...rows.map((r) => r.user_id)]), idNumberHash: own.id_number_hash };
    },
    /** The HMAC of the user's login phone, which staff accounts are matched by. */
    async phoneHashOfUser(userId: string): Promise<string | null> {
      const row = await db.q.selectFrom('users').select('phone_hash').where('id', '=', userId).executeTakeFirst();
      return row?.phone_hash ?? null;
    },
    /** The masked ID number verified under this ID-number HMAC (a certificate's holder key), if any account holds it. */
    async maskedIdNumberOfHash(idNumberHash: string): Promise<string | null> {
      const row = await db.q.selectFrom('real_names').select('id_number_masked').where('id_number_hash', '=', idNumberHash).executeTakeFirst();
      return row?.id_number_masked ?? null;
    },
    /** The signed-in user of a staff account (matched by the HMAC of the login phone), if they ever signed in. */
    async userIdOfPhoneHash(phoneHash: string): Promise<string | null> {
      const row = await db.q.selectFrom('users').select('id').where('phone_hash', '=', phoneHash).executeTakeFirst();
      return row?.id ?? null;
    },
    async addAudit(row: Omit<StaffAuditRow, 'id' | 'refused'> & { refused?: StaffRefusalCode | null }) {
      // The reason is free text: a citizen ID typed into it is kept masked (shared/personal-data.ts).
      await db.q.insertInto('staff_audit').values({ ...row, refused: row.refused ?? null, reason: maskIdNumbersInOptionalText(row.reason) }).execute();
    },
    /** Entries by staff of the region or about its applications, cases and certificates, newest first. */
    async listAudit(regionPrefix: string, limit: number): Promise<StaffAuditRow[]> {
      const rows = await db.q
        .selectFrom('staff_audit')
        .selectAll()
        .where((eb) => eb.or([eb('region', 'like', `${regionPrefix}%`), eb('target_region', 'like', `${regionPrefix}%`)]))
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
      return rows as StaffAuditRow[];
    },
  };
}

export type StaffRepository = ReturnType<typeof createStaffRepository>;
