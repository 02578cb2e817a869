import type { z } from 'zod';
import type { Enterprise, Profile } from '../../../../types/identity';
import { maskCitizenId, maskPersonName } from '../../../../types/identity-numbers';
import { AppError } from '../../errors';
import type { BoundEnterpriseRow } from '../enterprise/enterprise-repository';
import type { AuthContext, ServiceContext } from '../../service-context';

/** The registry's legal representative is a person's name: like every name, it leaves masked. */
export function toEnterprise(row: BoundEnterpriseRow): z.input<typeof Enterprise> {
  return {
    id: row.id,
    creditCode: row.credit_code,
    name: row.name,
    legalRepresentative: maskPersonName(row.legal_representative),
    role: row.role,
    boundAt: new Date(row.bound_at).toISOString(),
  };
}

/** 我的: the caller's own data, masked, with the 个人/法人 choice of this session. */
export async function getProfile(ctx: ServiceContext, auth: AuthContext): Promise<z.input<typeof Profile>> {
  const user = await ctx.repos.users.findById(auth.userId);
  const session = await ctx.repos.sessions.findByTokenHash(auth.tokenHash);
  if (!user || !session) throw new AppError('UNAUTHENTICATED', 'Unknown or signed-out session');
  const realName = await ctx.repos.realNames.findByUser(user.id);
  const enterprises = (await ctx.repos.enterprises.listBoundToUser(user.id)).map(toEnterprise);
  return {
    userId: user.id,
    region: ctx.config.region,
    maskedPhone: user.phone_masked,
    loginMethod: session.login_method,
    realName: realName
      ? {
          maskedName: realName.name_masked,
          maskedIdNumber: realName.id_number_masked,
          verifiedAt: new Date(realName.verified_at).toISOString(),
        }
      : null,
    actingAs: enterprises.find((enterprise) => enterprise.id === session.acting_as_enterprise_id) ?? null,
    enterprises,
  };
}

/** SQLite's codes, or PostgreSQL's SQLSTATE 23505 (unique_violation). */
const UNIQUE_VIOLATION_CODES = new Set(['SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY', '23505']);

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && UNIQUE_VIOLATION_CODES.has(String((error as { code?: unknown }).code));
}

/**
 * 实名认证. The ID number is stored encrypted with an HMAC for the one-account-per-citizen check;
 * only the masked forms are ever read back for display.
 */
export async function verifyRealName(
  ctx: ServiceContext,
  auth: AuthContext,
  person: { name: string; idNumber: string },
): Promise<z.input<typeof Profile>> {
  const { realNames } = ctx.repos;
  if (await realNames.findByUser(auth.userId)) {
    throw new AppError('REAL_NAME_ALREADY_VERIFIED', 'This account is already real-name verified');
  }
  const idNumberHash = ctx.crypto.hmac('id-number', person.idNumber);
  const owner = await realNames.findOwnerOfIdNumber(idNumberHash);
  if (owner && owner !== auth.userId) {
    throw new AppError('CONFLICT', 'This ID number is already verified on another account');
  }
  const result = await ctx.providers.realName.verify(person);
  if (!result.ok) throw new AppError('REAL_NAME_MISMATCH', 'The name and ID number do not match');
  try {
    await realNames.insert({
      userId: auth.userId,
      nameEnc: ctx.crypto.encrypt('person-name', person.name),
      nameMasked: maskPersonName(person.name),
      idNumberHash,
      idNumberEnc: ctx.crypto.encrypt('id-number', person.idNumber),
      idNumberMasked: maskCitizenId(person.idNumber),
      verifiedAt: ctx.providers.now().getTime(),
    });
  } catch (error) {
    // Two requests raced past the checks above: the unique indexes decide.
    if (!isUniqueViolation(error)) throw error;
    if (await realNames.findByUser(auth.userId)) {
      throw new AppError('REAL_NAME_ALREADY_VERIFIED', 'This account is already real-name verified');
    }
    throw new AppError('CONFLICT', 'This ID number is already verified on another account');
  }
  return getProfile(ctx, auth);
}
