import type { z } from 'zod';
import type { Enterprise, EnterpriseScope, Profile } from '../../../../types/identity';
import { maskCitizenId, maskPersonName } from '../../../../types/identity-numbers';
import { AppError } from '../../errors';
import type { BoundEnterpriseRow } from '../enterprise/enterprise-repository';
import type { AuthContext } from './auth-context';
import { bindDeps } from '../../shared/bind-deps';
import type { IdentityDeps } from './identity-deps';

/** The registry's legal representative is a person's name: like every name, it leaves masked. */
export function toEnterprise(row: BoundEnterpriseRow, scopes: EnterpriseScope[]): z.input<typeof Enterprise> {
  return {
    id: row.id,
    creditCode: row.credit_code,
    name: row.name,
    legalRepresentative: maskPersonName(row.legal_representative),
    role: row.role,
    scopes,
    boundAt: new Date(row.bound_at).toISOString(),
  };
}

/** 我的: the caller's own data, masked, with the 个人/法人 choice of this session. */
export async function getProfile(deps: IdentityDeps, auth: AuthContext): Promise<z.input<typeof Profile>> {
  const user = await deps.userRepository.findById(auth.userId);
  const session = await deps.sessionRepository.findByTokenHash(auth.tokenHash);
  if (!user || !session) throw new AppError('UNAUTHENTICATED', 'Unknown or signed-out session');
  const realName = await deps.realNameRepository.findByUser(user.id);
  const enterprises: Array<z.input<typeof Enterprise>> = [];
  for (const row of await deps.enterpriseRepository.listBoundToUser(user.id)) {
    enterprises.push(toEnterprise(row, await deps.enterpriseAccess.scopesOfBinding(user.id, row)));
  }
  return {
    userId: user.id,
    region: deps.config.region,
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
 *
 * An ID number already verified on another account gets exactly the answer a name/ID mismatch
 * gets (422 REAL_NAME_MISMATCH, same message): otherwise the endpoint tells anyone with an account
 * whether a citizen uses the app. The registry is asked first, so the two cases also take the
 * same path. The citizen who owns the number recovers it through 申诉 (in person, at a window),
 * not through this endpoint.
 */
function cannotVerify(): AppError {
  return new AppError('REAL_NAME_MISMATCH', 'The name and ID number could not be verified');
}

export async function verifyRealName(
  deps: IdentityDeps,
  auth: AuthContext,
  person: { name: string; idNumber: string },
): Promise<z.input<typeof Profile>> {
  const realNames = deps.realNameRepository;
  if (await realNames.findByUser(auth.userId)) {
    throw new AppError('REAL_NAME_ALREADY_VERIFIED', 'This account is already real-name verified');
  }
  const idNumberHash = deps.crypto.hmac('id-number', person.idNumber);
  const result = await deps.providers.realName.verify(person);
  if (!result.ok) throw cannotVerify();
  const owner = await realNames.findOwnerOfIdNumber(idNumberHash);
  if (owner && owner !== auth.userId) throw cannotVerify();
  try {
    await realNames.insert({
      userId: auth.userId,
      nameEnc: deps.crypto.encrypt('person-name', person.name),
      nameMasked: maskPersonName(person.name),
      idNumberHash,
      idNumberEnc: deps.crypto.encrypt('id-number', person.idNumber),
      idNumberMasked: maskCitizenId(person.idNumber),
      verifiedAt: deps.now().getTime(),
    });
  } catch (error) {
    // Two requests raced past the checks above: the unique indexes decide.
    if (!isUniqueViolation(error)) throw error;
    if (await realNames.findByUser(auth.userId)) {
      throw new AppError('REAL_NAME_ALREADY_VERIFIED', 'This account is already real-name verified');
    }
    throw cannotVerify();
  }
  return getProfile(deps, auth);
}

/** What other modules call: the caller's profile (binding an enterprise answers with it). */
export function createProfiles(deps: IdentityDeps) {
  return bindDeps(deps, { getProfile });
}

export type Profiles = ReturnType<typeof createProfiles>;
