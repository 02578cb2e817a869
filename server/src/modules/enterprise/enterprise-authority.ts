/**
 * Who may do what for an enterprise. The legal representative holds every scope while the registry
 * names them; an agent (经办人) holds the scopes of the authorizations granted by the person the
 * registry names now, neither revoked nor past their end date. Both are read afresh on every
 * request, so a revocation, or a new 法定代表人 entered in the registry, stops the former
 * representative and his agents at once — in every session, including one already acting.
 */
import type { EnterpriseActivityAction } from '../../../../types/enterprises';
import type { EnterpriseRole, EnterpriseScope } from '../../../../types/identity';
import { AppError } from '../../errors';
import { newId } from '../../security/crypto';
import type { AuthContext } from '../identity/auth-context';
import { bindDeps } from '../../shared/bind-deps';
import type { EnterpriseAccessDeps } from './enterprise-deps';
import type { BoundEnterpriseRow } from './enterprise-repository';
import { normalizeName } from './person-name';

export const ALL_SCOPES: readonly EnterpriseScope[] = ['applications', 'policies', 'certificates', 'service_code'];

const SCOPE_LABEL: Record<EnterpriseScope, string> = {
  applications: '办件',
  policies: '惠企政策',
  certificates: '电子证照',
  service_code: '企业码',
};

/** The HMAC a grantee's name is matched by: the same person written with either middle dot is one. */
export function granteeNameHash(deps: EnterpriseAccessDeps, name: string): string {
  return deps.crypto.hmac('person-name', normalizeName(name));
}

/**
 * Whether the registry names this user (real name AND citizen ID) as the enterprise's legal
 * representative now. The registry provider answers; a deployment whose registry is slow caches
 * there, for minutes at most, since this is what stands between a former 法人 and the company.
 */
export async function isRegisteredRepresentative(deps: EnterpriseAccessDeps, userId: string, creditCode: string): Promise<boolean> {
  const realName = await deps.realNameRepository.findByUser(userId);
  const idNumberEnc = realName ? await deps.realNameRepository.findIdNumberEnc(userId) : null;
  if (!realName || !idNumberEnc) return false;
  return deps.providers.enterpriseRegistry.isLegalRepresentative(creditCode, {
    name: deps.crypto.decrypt('person-name', realName.name_enc),
    idNumber: deps.crypto.decrypt('id-number', idNumberEnc),
  });
}

/**
 * Scopes of this user's valid authorizations for the enterprise (name AND citizen ID must match),
 * counting only grants made by whom the registry names as its legal representative now: a
 * former representative's grants end with his office.
 */
export async function authorizedScopes(
  deps: EnterpriseAccessDeps,
  userId: string,
  enterprise: { id: string; creditCode: string },
): Promise<EnterpriseScope[]> {
  const realName = await deps.realNameRepository.findByUser(userId);
  if (!realName) return [];
  const nowMs = deps.now().getTime();
  const grants = await deps.enterpriseRepository.listValidAuthorizationsOf(enterprise.id, realName.id_number_hash, nowMs);
  if (grants.length === 0) return [];
  const nameHash = granteeNameHash(deps, deps.crypto.decrypt('person-name', realName.name_enc));
  const grantorInOffice = new Map<string, Promise<boolean>>();
  const scopes = new Set<EnterpriseScope>();
  for (const grant of grants) {
    if (!deps.crypto.equalDigests(grant.grantee_name_hash, nameHash)) continue;
    if (!grantorInOffice.has(grant.granted_by)) {
      grantorInOffice.set(grant.granted_by, isRegisteredRepresentative(deps, grant.granted_by, enterprise.creditCode));
    }
    if (!(await grantorInOffice.get(grant.granted_by))) continue;
    for (const scope of JSON.parse(grant.scopes_json) as EnterpriseScope[]) scopes.add(scope);
  }
  return ALL_SCOPES.filter((scope) => scopes.has(scope));
}

/** What this binding lets its user do now. */
export async function scopesOfBinding(deps: EnterpriseAccessDeps, userId: string, binding: Pick<BoundEnterpriseRow, 'id' | 'role' | 'credit_code'>) {
  if (binding.role === 'legal_representative') {
    return (await isRegisteredRepresentative(deps, userId, binding.credit_code)) ? [...ALL_SCOPES] : [];
  }
  return authorizedScopes(deps, userId, { id: binding.id, creditCode: binding.credit_code });
}

export async function hasEnterpriseScope(
  deps: EnterpriseAccessDeps,
  userId: string,
  binding: Pick<BoundEnterpriseRow, 'id' | 'role' | 'credit_code'>,
  scope: EnterpriseScope,
): Promise<boolean> {
  return (await scopesOfBinding(deps, userId, binding)).includes(scope);
}

export function notAuthorized(scope: EnterpriseScope): AppError {
  return new AppError('ENTERPRISE_NOT_AUTHORIZED', `Not authorized for ${SCOPE_LABEL[scope]} (${scope}) of this enterprise`, { status: 403 });
}

/** The bound enterprise this session acts for, or null when acting as oneself. */
export async function actingBinding(deps: EnterpriseAccessDeps, auth: AuthContext): Promise<BoundEnterpriseRow | null> {
  const session = await deps.sessionRepository.findByTokenHash(auth.tokenHash);
  const enterpriseId = session?.acting_as_enterprise_id ?? null;
  return enterpriseId ? deps.enterpriseRepository.findBinding(auth.userId, enterpriseId) : null;
}

/**
 * The enterprise this session acts for, when the caller holds `scope` for it: 403
 * ENTERPRISE_NOT_BOUND when acting as oneself, 403 ENTERPRISE_NOT_AUTHORIZED without the scope.
 */
export async function requireEnterpriseScope(
  deps: EnterpriseAccessDeps,
  auth: AuthContext,
  scope: EnterpriseScope,
  notActingMessage: string,
): Promise<BoundEnterpriseRow> {
  const binding = await actingBinding(deps, auth);
  if (!binding) throw new AppError('ENTERPRISE_NOT_BOUND', notActingMessage);
  if (!(await hasEnterpriseScope(deps, auth.userId, binding, scope))) throw notAuthorized(scope);
  return binding;
}

/**
 * 办件 that names an existing enterprise (its credit code among the values: 变更, 注销, licences for
 * it) is done only while acting for that enterprise with its applications scope; otherwise anyone
 * could apply to change or close someone else's company.
 */
export async function requireApplicationsScopeFor(deps: EnterpriseAccessDeps, auth: AuthContext, creditCode: unknown): Promise<void> {
  if (typeof creditCode !== 'string' || creditCode.trim() === '') return;
  const binding = await actingBinding(deps, auth);
  if (!binding || binding.credit_code !== creditCode.trim().toUpperCase()) {
    throw new AppError('ENTERPRISE_NOT_BOUND', 'Act as this enterprise (法人) to apply on its behalf');
  }
  if (!(await hasEnterpriseScope(deps, auth.userId, binding, 'applications'))) throw notAuthorized('applications');
}

/** Logs an action taken for the enterprise, under the actor's masked real name. */
export async function recordEnterpriseActivity(
  deps: EnterpriseAccessDeps,
  entry: { enterpriseId: string; userId: string; role: EnterpriseRole; action: EnterpriseActivityAction; detail?: string | null },
): Promise<void> {
  const realName = await deps.realNameRepository.findByUser(entry.userId);
  await deps.enterpriseRepository.insertActivity({
    id: newId('act'),
    enterprise_id: entry.enterpriseId,
    user_id: entry.userId,
    actor_name_masked: realName?.name_masked ?? '—',
    actor_role: entry.role,
    action: entry.action,
    detail: entry.detail ? entry.detail.slice(0, 200) : null,
    at: deps.now().getTime(),
  });
}

/** What other modules call: who may act for an enterprise, and its activity log. */
export function createEnterpriseAccess(deps: EnterpriseAccessDeps) {
  return bindDeps(deps, {
    actingBinding, hasEnterpriseScope, requireEnterpriseScope, requireApplicationsScopeFor, recordEnterpriseActivity, scopesOfBinding,
  });
}

export type EnterpriseAccess = ReturnType<typeof createEnterpriseAccess>;
