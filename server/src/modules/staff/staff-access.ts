import { AppError } from '../../errors';
import type { AuthContext, ServiceContext } from '../../service-context';
import type { StaffRow } from './staff-repository';

/** The caller's staff record, or 403: every back-office read and action starts here. */
export async function requireStaff(ctx: ServiceContext, auth: AuthContext): Promise<StaffRow> {
  const staff = await ctx.applications.staffOf(auth.userId);
  if (!staff) throw new AppError('FORBIDDEN', 'Back-office staff only');
  return staff;
}
