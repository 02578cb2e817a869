import type { Database } from '../../db/database';

/**
 * Everything a person leaves in this node, by table, for 注销账号. Kept: the records the law
 * requires (applications with their events, ratings and attached uploads; 12345 cases and their
 * replies; code and certificate usage audit), which refer to the account only by its random id.
 * Certificates are the issuer's records: they stay, no longer tied to the account.
 */
/**
 * What 注销账号 does with every table that names a person (a user id, a phone hash or an ID-number
 * hash). account.test.ts reads the live schema and fails on a table missing here, so a new table
 * of personal data cannot be forgotten at deletion.
 */
export const PERSONAL_DATA_TABLES = {
  erased: [
    'sms_codes', 'real_names', 'enterprise_bindings', 'policy_subscriptions', 'favorites', 'recents',
    'drafts', 'messages', 'issued_codes', 'certificate_presentations', 'reauth_tokens', 'uploads', 'sessions',
  ],
  /** The row stays, the link to the account goes. */
  detached: { users: 'identity fields erased, the random id kept for the records below', certificates: "the issuer's record" },
  kept: {
    applications: '办件 records (uploads they refer to stay with them)',
    application_events: '办件 history',
    ratings: '好差评 of a 办件',
    cases: '12345 records',
    case_replies: '12345 records',
    certificate_events: "the issuer's audit",
    certificate_usage: '用证记录 audit',
    code_usage: '用码记录 audit',
    enterprise_activity: "the enterprise's audit of who acted for it",
    enterprise_seals: "the enterprise's seal (its representative at issue)",
    seal_usages: "the enterprise's seal audit",
    policy_grants: '惠企政策 兑现 records',
    staff_audit: "staff's views of personal data",
    sms_sends: 'send counters that expire within a day',
    supervision_inspectors: 'staff roster, not a resident',
    verifier_members: 'staff roster, not a resident',
  },
} as const;

export function createAccountRepository(db: Database) {
  return {
    async erasePersonalData(userId: string): Promise<void> {
      const q = db.q;
      const phone = await q.selectFrom('users').select('phone_hash').where('id', '=', userId).executeTakeFirst();
      if (phone?.phone_hash) await q.deleteFrom('sms_codes').where('phone_hash', '=', phone.phone_hash).execute();
      await q.deleteFrom('real_names').where('user_id', '=', userId).execute();
      await q.deleteFrom('enterprise_bindings').where('user_id', '=', userId).execute();
      await q.deleteFrom('policy_subscriptions').where('user_id', '=', userId).execute();
      await q.deleteFrom('favorites').where('user_id', '=', userId).execute();
      await q.deleteFrom('recents').where('user_id', '=', userId).execute();
      await q.deleteFrom('drafts').where('user_id', '=', userId).execute();
      await q.deleteFrom('messages').where('user_id', '=', userId).execute();
      await q.deleteFrom('issued_codes').where('user_id', '=', userId).execute();
      await q.deleteFrom('certificate_presentations').where('user_id', '=', userId).execute();
      await q.deleteFrom('reauth_tokens').where('user_id', '=', userId).execute();
      await q.updateTable('certificates').set({ holder_user_id: null }).where('holder_user_id', '=', userId).execute();
      // Uploads attached to a submitted application are part of that record; the rest go.
      const kept = new Set<string>();
      const applications = await q.selectFrom('applications').select('values_json').where('user_id', '=', userId).execute();
      const cases = await q.selectFrom('cases').select('photo_ids_json').where('user_id', '=', userId).execute();
      const uploads = await q.selectFrom('uploads').select('id').where('user_id', '=', userId).execute();
      const referenced = [...applications.map((a) => a.values_json), ...cases.map((c) => c.photo_ids_json)].join('\n');
      for (const { id } of uploads) if (referenced.includes(id)) kept.add(id);
      // Photos and 整改 evidence of an inspection are part of the enforcement record.
      const inspected = await q.selectFrom('supervision_photos as p').innerJoin('uploads as u', 'u.id', 'p.upload_id').select('p.upload_id').where('u.user_id', '=', userId).execute();
      for (const { upload_id } of inspected) kept.add(upload_id);
      const erasable = uploads.map((u) => u.id).filter((id) => !kept.has(id));
      if (erasable.length > 0) await q.deleteFrom('uploads').where('id', 'in', erasable).execute();
    },
  };
}

export type AccountRepository = ReturnType<typeof createAccountRepository>;
