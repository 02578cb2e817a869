import type { z } from 'zod';
import type { EnterpriseActivityList, EnterpriseAuthorization, GrantAuthorizationBody } from '../../../../types/enterprises';
import type { Enterprise, EnterpriseRole, EnterpriseScope, Profile } from '../../../../types/identity';
import { maskCitizenId, maskPersonName } from '../../../../types/identity-numbers';
import { chinaDate } from '../../../../types/working-days';
import { AppError } from '../../errors';
import { newId } from '../../security/crypto';
import { toEnterprise } from '../identity/profile-service';
import type { AuthContext } from '../identity/auth-context';
import type { EnterpriseDeps } from './enterprise-deps';
import {
  ALL_SCOPES, authorizedScopes, granteeNameHash, isRegisteredRepresentative, recordEnterpriseActivity, scopesOfBinding,
} from './enterprise-authority';
import type { AuthorizationRow, BoundEnterpriseRow } from './enterprise-repository';

const DAY_MS = 24 * 3600 * 1000;
/** An authorization runs for at most a year; the representative grants it again to go on. */
const MAX_AUTHORIZATION_DAYS = 366;

/**
 * 法人 binding. Real-name first (a binding grants acting for a company). The registry decides the
 * role: legal_representative when it confirms the verified person — name AND citizen ID — as the
 * 法定代表人. Anyone else binds as agent (经办人) only with a valid authorization from the
 * representative naming them; without one the binding is refused (403 ENTERPRISE_NOT_AUTHORIZED).
 */
export async function bindEnterprise(
  deps: EnterpriseDeps,
  auth: AuthContext,
  creditCode: string,
): Promise<z.input<typeof Enterprise>> {
  const enterprises = deps.enterpriseRepository;
  const realNames = deps.realNameRepository;
  const realName = await realNames.findByUser(auth.userId);
  if (!realName) throw new AppError('REAL_NAME_REQUIRED', 'Complete real-name verification before binding an enterprise');

  const knownId = await enterprises.findIdByCreditCode(creditCode);
  if (knownId && (await enterprises.findBinding(auth.userId, knownId))) {
    throw new AppError('ENTERPRISE_ALREADY_BOUND', 'This enterprise is already bound to your account');
  }
  const record = await deps.providers.enterpriseRegistry.findByCreditCode(creditCode);
  if (!record) throw new AppError('ENTERPRISE_NOT_FOUND', 'No registered enterprise has this credit code');

  const idNumberEnc = await realNames.findIdNumberEnc(auth.userId);
  if (!idNumberEnc) throw new AppError('REAL_NAME_REQUIRED', 'Complete real-name verification before binding an enterprise');
  const person = { name: deps.crypto.decrypt('person-name', realName.name_enc), idNumber: deps.crypto.decrypt('id-number', idNumberEnc) };
  const isRepresentative = await deps.providers.enterpriseRegistry.isLegalRepresentative(creditCode, person);
  const role: EnterpriseRole = isRepresentative ? 'legal_representative' : 'agent';
  // Only a representative may create the enterprise's record; an agent needs the grant made on it.
  if (!isRepresentative && (!knownId || (await authorizedScopes(deps, auth.userId, { id: knownId, creditCode })).length === 0)) {
    throw new AppError(
      'ENTERPRISE_NOT_AUTHORIZED',
      'You are not the registered legal representative, and it has not authorized you (经办人授权) to act for it',
      { status: 403 },
    );
  }
  const now = deps.now().getTime();

  const row = await deps.db.transaction(async () => {
    let enterpriseId = await enterprises.findIdByCreditCode(creditCode);
    if (enterpriseId) {
      await enterprises.refreshEnterprise({ id: enterpriseId, name: record.name, legalRepresentative: record.legalRepresentative, updatedAt: now });
    } else {
      enterpriseId = newId('ent');
      await enterprises.insertEnterprise({ id: enterpriseId, creditCode, name: record.name, legalRepresentative: record.legalRepresentative, updatedAt: now });
    }
    // Checked again inside the transaction: the registry call above let other requests run.
    if (await enterprises.findBinding(auth.userId, enterpriseId)) return null;
    await enterprises.insertBinding({ userId: auth.userId, enterpriseId, role, boundAt: now });
    await recordEnterpriseActivity(deps, { enterpriseId, userId: auth.userId, role, action: 'bound' });
    return enterprises.findBinding(auth.userId, enterpriseId);
  });
  if (!row) throw new AppError('ENTERPRISE_ALREADY_BOUND', 'This enterprise is already bound to your account');
  return toEnterprise(row, await scopesOfBinding(deps, auth.userId, row));
}

export async function unbindEnterprise(deps: EnterpriseDeps, auth: AuthContext, enterpriseId: string): Promise<z.input<typeof Profile>> {
  await deps.db.transaction(async () => {
    const binding = await deps.enterpriseRepository.findBinding(auth.userId, enterpriseId);
    if (!binding || !(await deps.enterpriseRepository.deleteBinding(auth.userId, enterpriseId))) {
      // 404: from this caller's point of view the binding does not exist (whoever else has it).
      throw new AppError('ENTERPRISE_NOT_BOUND', 'No such enterprise among yours', { status: 404 });
    }
    await deps.sessionRepository.clearActingAsForUser(auth.userId, enterpriseId);
    await recordEnterpriseActivity(deps, { enterpriseId, userId: auth.userId, role: binding.role, action: 'unbound' });
  });
  return deps.profiles.getProfile(auth);
}

/**
 * 个人/法人 switch for this session: null acts as oneself, an id acts for a bound enterprise. An
 * agent whose authorizations were all revoked or ran out may no longer switch to it.
 */
export async function setActingAs(deps: EnterpriseDeps, auth: AuthContext, enterpriseId: string | null): Promise<z.input<typeof Profile>> {
  if (enterpriseId !== null) {
    const binding = await deps.enterpriseRepository.findBinding(auth.userId, enterpriseId);
    if (!binding) throw new AppError('ENTERPRISE_NOT_BOUND', 'You can only act for an enterprise bound to your account');
    if ((await scopesOfBinding(deps, auth.userId, binding)).length === 0) {
      throw new AppError('ENTERPRISE_NOT_AUTHORIZED', 'Your authorization (经办人授权) for this enterprise was revoked or has ended', {
        status: 403,
      });
    }
  }
  await deps.sessionRepository.setActingAs(auth.tokenHash, enterpriseId);
  return deps.profiles.getProfile(auth);
}

// ---- 经办人授权 (legal representative only) ----

/** The caller's binding to the enterprise when they are its legal representative. */
async function representativeBinding(deps: EnterpriseDeps, auth: AuthContext, enterpriseId: string): Promise<BoundEnterpriseRow> {
  const binding = await deps.enterpriseRepository.findBinding(auth.userId, enterpriseId);
  if (!binding) throw new AppError('ENTERPRISE_NOT_BOUND', 'No such enterprise among yours', { status: 404 });
  // The registry is asked again: a former representative no longer grants, revokes or reads the log.
  if (binding.role !== 'legal_representative' || !(await isRegisteredRepresentative(deps, auth.userId, binding.credit_code))) {
    throw new AppError('ENTERPRISE_NOT_AUTHORIZED', 'Only the legal representative manages authorizations and sees the activity log', {
      status: 403,
    });
  }
  return binding;
}

/** The end of the given day in China (UTC+8), as epoch ms. */
function endOfChinaDay(date: string): number {
  return Date.parse(`${date}T23:59:59.999+08:00`);
}

function toAuthorization(deps: EnterpriseDeps, row: AuthorizationRow): z.input<typeof EnterpriseAuthorization> {
  const nowMs = deps.now().getTime();
  return {
    id: row.id,
    enterpriseId: row.enterprise_id,
    granteeName: row.grantee_name_masked,
    granteeIdNumber: row.grantee_id_number_masked,
    scopes: ALL_SCOPES.filter((s) => (JSON.parse(row.scopes_json) as EnterpriseScope[]).includes(s)),
    validUntil: chinaDate(row.valid_until),
    status: row.revoked_at !== null ? 'revoked' : row.valid_until < nowMs ? 'expired' : 'active',
    createdAt: new Date(row.created_at).toISOString(),
    revokedAt: row.revoked_at === null ? null : new Date(row.revoked_at).toISOString(),
  };
}

export async function listEnterpriseAuthorizations(deps: EnterpriseDeps, auth: AuthContext, enterpriseId: string) {
  await representativeBinding(deps, auth, enterpriseId);
  return { items: (await deps.enterpriseRepository.listAuthorizations(enterpriseId)).map((row) => toAuthorization(deps, row)) };
}

export async function grantEnterpriseAuthorization(
  deps: EnterpriseDeps,
  auth: AuthContext,
  enterpriseId: string,
  body: GrantAuthorizationBody,
): Promise<z.input<typeof EnterpriseAuthorization>> {
  const binding = await representativeBinding(deps, auth, enterpriseId);
  const now = deps.now();
  const validUntil = endOfChinaDay(body.validUntil);
  const issue = (code: string, message: string) =>
    new AppError('VALIDATION_FAILED', 'The authorization has invalid fields', { issues: [{ path: 'validUntil', code, message }] });
  if (Number.isNaN(validUntil) || chinaDate(validUntil) !== body.validUntil) throw issue('date', 'Not a calendar date');
  if (body.validUntil < chinaDate(now)) throw issue('past', 'The end date has passed');
  if (validUntil - now.getTime() > MAX_AUTHORIZATION_DAYS * DAY_MS) throw issue('too_far', 'An authorization runs for at most a year');

  const idNumberHash = deps.crypto.hmac('id-number', body.granteeIdNumber);
  const own = await deps.realNameRepository.findByUser(auth.userId);
  if (own && own.id_number_hash === idNumberHash) {
    throw new AppError('CONFLICT', 'The legal representative already holds every scope');
  }
  const row: AuthorizationRow = {
    id: newId('eau'),
    enterprise_id: enterpriseId,
    granted_by: auth.userId,
    grantee_id_number_hash: idNumberHash,
    grantee_id_number_masked: maskCitizenId(body.granteeIdNumber),
    grantee_name_hash: granteeNameHash(deps, body.granteeName),
    grantee_name_masked: maskPersonName(body.granteeName),
    scopes_json: JSON.stringify(ALL_SCOPES.filter((s) => body.scopes.includes(s))),
    valid_until: validUntil,
    created_at: now.getTime(),
    revoked_at: null,
  };
  await deps.db.transaction(async () => {
    await deps.enterpriseRepository.insertAuthorization(row);
    await recordEnterpriseActivity(deps, {
      enterpriseId, userId: auth.userId, role: binding.role, action: 'authorization_granted',
      detail: `${row.grantee_name_masked}（${row.grantee_id_number_masked}）：${JSON.parse(row.scopes_json).join(',')}，至${body.validUntil}`,
    });
  });
  return toAuthorization(deps, row);
}

export async function revokeEnterpriseAuthorization(
  deps: EnterpriseDeps,
  auth: AuthContext,
  enterpriseId: string,
  authorizationId: string,
): Promise<z.input<typeof EnterpriseAuthorization>> {
  const binding = await representativeBinding(deps, auth, enterpriseId);
  return deps.db.transaction(async () => {
    const row = await deps.enterpriseRepository.findAuthorization(enterpriseId, authorizationId);
    if (!row) throw new AppError('NOT_FOUND', 'No such authorization for this enterprise');
    if (row.revoked_at === null) {
      const nowMs = deps.now().getTime();
      await deps.enterpriseRepository.revokeAuthorization(row.id, nowMs);
      row.revoked_at = nowMs;
      await recordEnterpriseActivity(deps, {
        enterpriseId, userId: auth.userId, role: binding.role, action: 'authorization_revoked',
        detail: `${row.grantee_name_masked}（${row.grantee_id_number_masked}）`,
      });
    }
    return toAuthorization(deps, row);
  });
}

const ACTIVITY_LIMIT = 200;

export async function listEnterpriseActivity(
  deps: EnterpriseDeps,
  auth: AuthContext,
  enterpriseId: string,
): Promise<z.input<typeof EnterpriseActivityList>> {
  await representativeBinding(deps, auth, enterpriseId);
  const rows = await deps.enterpriseRepository.listActivity(enterpriseId, ACTIVITY_LIMIT);
  return {
    items: rows.map((row) => ({
      id: row.id,
      actorName: row.actor_name_masked,
      actorRole: row.actor_role as EnterpriseRole,
      action: row.action as z.input<typeof EnterpriseActivityList>['items'][number]['action'],
      detail: row.detail,
      at: new Date(row.at).toISOString(),
    })),
  };
}
