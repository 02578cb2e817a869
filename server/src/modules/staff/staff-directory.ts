import type { Crypto } from '../../security/crypto';
import type { StaffRepository, StaffRow } from './staff-repository';

/** Which staff member a signed-in user is. */
export interface StaffDirectory {
  /** The staff member this user is (matched by the HMAC of their login phone), if any. */
  staffOf(userId: string): Promise<StaffRow | null>;
}

/**
 * Staff accounts are read once at start (after seeding): they change by deployment, and every
 * back-office request asks. The user's phone is read per request, since a user may change it.
 */
export async function loadStaffDirectory(deps: {
  crypto: Pick<Crypto, 'hmac'>;
  staffRepository: Pick<StaffRepository, 'listAll' | 'phoneHashOfUser'>;
}): Promise<StaffDirectory> {
  const byPhoneHash = new Map((await deps.staffRepository.listAll()).map((row) => [deps.crypto.hmac('phone', row.phone), row]));
  return {
    async staffOf(userId) {
      const phoneHash = await deps.staffRepository.phoneHashOfUser(userId);
      return phoneHash ? (byPhoneHash.get(phoneHash) ?? null) : null;
    },
  };
}
