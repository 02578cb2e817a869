import type { Database } from '../../db/database';

/**
 * Everything a person leaves in this node, by table, for 注销账号. Kept: the records the law
 * requires (applications with their events, ratings and attached uploads; 12345 cases and their
 * replies; code and certificate usage audit), which refer to the account only by its random id.
 * Certificates are the issuer's records: they stay, no longer tied to the account.
 */
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
      await q.deleteFrom('sessions').where('user_id', '=', userId).execute();
    },
  };
}

export type AccountRepository = ReturnType<typeof createAccountRepository>;
