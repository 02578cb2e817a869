/**
 * 一企一档: the acting enterprise, its profile (saved by an owner, or pre-filled from the
 * registration until then) and the facts the matching engine reads from it.
 */
import type { z } from 'zod';
import { revenueBandOf, suggestSizeClass } from '../../../../types/enterprise-size';
import type { EnterpriseProfile, EnterpriseProfileBody } from '../../../../types/policies';
import { isSichuanCountyCode } from '../../../../types/sichuan-regions';
import type { MatchProfile } from './engine/facts';
import type { BoundEnterpriseRow } from '../enterprise/enterprise-repository';
import type { AuthContext } from '../identity/auth-context';
import type { PolicyDeps, PolicyPushDeps } from './policy-deps';

export interface EffectiveProfile {
  enterprise: Pick<BoundEnterpriseRow, 'id' | 'name' | 'credit_code'>;
  body: EnterpriseProfileBody;
  source: 'registry' | 'owner';
  /** Tags are known once an owner saved them or the registry shared them. */
  tagsKnown: boolean;
  updatedAt: number | null;
}

/**
 * The enterprise the caller acts for in this session, when they hold its policies scope (一企一档,
 * matches, subscriptions, 兑现): 403 ENTERPRISE_NOT_BOUND when acting as oneself, 403
 * ENTERPRISE_NOT_AUTHORIZED for an agent without that scope.
 */
export async function actingEnterprise(deps: PolicyDeps, auth: AuthContext): Promise<BoundEnterpriseRow> {
  return deps.enterpriseAccess.requireEnterpriseScope(auth, 'policies', 'Act as a bound enterprise (法人) to use 惠企政策');
}

const EMPTY: Omit<EnterpriseProfileBody, 'regionCode'> = {
  industrySection: null, industryDivision: null, sizeClass: null, foundedOn: null, employees: null, annualRevenue: null, rdRatio: null,
  tags: [], employsDisabled: null, newGraduatesHired: null, insuredEmployees: null, layoffRate: null, hasCreditViolations: null,
};

/** Pre-fill from the registration: the district inside the GB 32100 credit code, and what the registry shares. */
async function fromRegistry(
  deps: PolicyPushDeps,
  enterprise: Pick<BoundEnterpriseRow, 'name' | 'credit_code'>,
): Promise<{ body: EnterpriseProfileBody; tagsKnown: boolean }> {
  const district = enterprise.credit_code.slice(2, 8);
  const facts = (await deps.providers.enterpriseRegistry.findRegisteredFacts?.(enterprise.credit_code)) ?? null;
  return {
    body: { ...(facts ?? EMPTY), regionCode: isSichuanCountyCode(district) ? district : null },
    tagsKnown: facts !== null,
  };
}

export async function effectiveProfile(
  deps: PolicyPushDeps,
  enterprise: Pick<BoundEnterpriseRow, 'id' | 'name' | 'credit_code'>,
): Promise<EffectiveProfile> {
  const stored = await deps.policyRepository.findProfile(enterprise.id);
  if (stored) {
    return { enterprise, body: JSON.parse(stored.json) as EnterpriseProfileBody, source: 'owner', tagsKnown: true, updatedAt: stored.updated_at };
  }
  const registry = await fromRegistry(deps, enterprise);
  return { enterprise, body: registry.body, source: 'registry', tagsKnown: registry.tagsKnown, updatedAt: null };
}

export function toProfileResponse(profile: EffectiveProfile): z.input<typeof EnterpriseProfile> {
  const { body } = profile;
  return {
    enterpriseId: profile.enterprise.id,
    enterpriseName: profile.enterprise.name,
    creditCode: profile.enterprise.credit_code,
    ...body,
    suggestedSizeClass: suggestSizeClass(body.industryDivision, body.employees, body.annualRevenue),
    revenueBand: revenueBandOf(body.annualRevenue),
    source: profile.source,
    updatedAt: profile.updatedAt === null ? null : new Date(profile.updatedAt).toISOString(),
  };
}

/**
 * The engine's view of what the registries confirm, whatever the owner saved: the ground 免申即享
 * stands on, since a grant without an application has no department to check a claim.
 */
export async function confirmedMatchProfile(
  deps: PolicyPushDeps,
  enterprise: Pick<BoundEnterpriseRow, 'id' | 'name' | 'credit_code'>,
): Promise<MatchProfile> {
  const registry = await fromRegistry(deps, enterprise);
  return toMatchProfile({ enterprise, body: registry.body, source: 'registry', tagsKnown: registry.tagsKnown, updatedAt: null });
}

/** The engine's view: the owner's size class, else the 300号 suggestion; unknown tags stay unknown. */
export function toMatchProfile(profile: EffectiveProfile): MatchProfile {
  const { body } = profile;
  return {
    ...body,
    sizeClass: body.sizeClass ?? suggestSizeClass(body.industryDivision, body.employees, body.annualRevenue),
    tags: profile.tagsKnown ? body.tags : null,
  };
}
