/** 惠企政策直达快享 (issue 7): one verb-noun function per endpoint. */
import { chinaToday } from '../../shared/china-today';
import type { z } from 'zod';
import type { ApplicationStatus } from '../../../../types/applications';
import type {
  EnterpriseProfileBody, GrantStatus, Policy, PolicyApplicationResult, PolicyDetail, PolicyGrant, PolicyList, PolicyMatchList, PolicySummary,
  PolicyType,
} from '../../../../types/policies';
import { PolicyIssueCode } from '../../../../types/policies';
import { regionCovers } from '../../../../types/sichuan-regions';
import { addWorkingDays, chinaDate } from '../../../../types/working-days';
import type { FormValues } from '../../../../types/form-engine';
import { AppError } from '../../errors';
import { compareEvaluations, evaluatePolicy, windowState } from './engine/engine';
import type { ApplicationRow } from '../application/application-repository';
import type { GrantRow } from './policy-repository';
import { actingEnterprise, confirmedMatchProfile, effectiveProfile, toMatchProfile, toProfileResponse } from './policy-profile';
import { grantAutomaticPolicies, grantPeriod, pushMatchedPolicies } from './policy-push';
import type { AuthContext } from '../identity/auth-context';
import type { PolicyDeps } from './policy-deps';
import type { Language } from '../../http/language';
import { englishPolicy } from './reference/english-policy';
import { ENGLISH_WORDING } from './reference/english-explain';
import { CHINESE_WORDING } from './engine/explain';

export const POLICY_SERVICE_CODE = 'HQZC-0001';

const inLanguage = (policy: Policy, language: Language): Policy => (language === 'en' ? englishPolicy(policy) : policy);
/** Simulated 财政拨付: an approved money grant is paid this many working days later (no treasury link yet). */
export const PAYOUT_WORKING_DAYS = 10;

function summaryOf(policy: Policy, today: string): z.input<typeof PolicySummary> {
  const state = windowState(policy.window, today);
  return {
    id: policy.id, title: policy.title, level: policy.level, type: policy.type, region: policy.region, regionName: policy.regionName,
    issuer: policy.issuer, summary: policy.summary, automatic: policy.automatic, amountText: policy.amount.text,
    deadline: state.deadline, open: state.open,
  };
}

// ---- 一企一档 ----

export async function getEnterpriseProfile(deps: PolicyDeps, auth: AuthContext) {
  return toProfileResponse(await effectiveProfile(deps, await actingEnterprise(deps, auth)));
}

/** Saves (field by field: the contract checks shapes, this the facts that need today's date), then grants and pushes. */
export async function saveEnterpriseProfile(deps: PolicyDeps, auth: AuthContext, body: EnterpriseProfileBody) {
  const enterprise = await actingEnterprise(deps, auth);
  const today = chinaToday(deps);
  if (body.foundedOn !== null && (body.foundedOn > today || Number.isNaN(Date.parse(`${body.foundedOn}T00:00:00Z`)))) {
    const code = body.foundedOn > today ? PolicyIssueCode.future : PolicyIssueCode.date;
    throw new AppError('VALIDATION_FAILED', 'The profile has invalid fields', { issues: [{ path: 'foundedOn', code, message: code }] });
  }
  const tags = [...new Set(body.tags)];
  return deps.db.transaction(async () => {
    await deps.policyRepository.saveProfile({
      enterprise_id: enterprise.id, json: JSON.stringify({ ...body, tags }), updated_by: auth.userId, updated_at: deps.now().getTime(),
    });
    await deps.enterpriseAccess.recordEnterpriseActivity({ enterpriseId: enterprise.id, userId: auth.userId, role: enterprise.role, action: 'profile_saved' });
    const profile = await effectiveProfile(deps, enterprise);
    await grantAutomaticPolicies(deps, profile, today);
    await pushMatchedPolicies(deps, profile, today);
    return toProfileResponse(profile);
  });
}

// ---- catalogue ----

export function listPolicies(
  deps: PolicyDeps,
  query: { level?: Policy['level']; type?: PolicyType; region?: string },
  language: Language = 'zh-CN',
): z.input<typeof PolicyList> {
  const today = chinaToday(deps);
  const items = deps.policyCatalogue.catalogue
    .filter((p) => !query.level || p.level === query.level)
    .filter((p) => !query.type || p.type === query.type)
    .filter((p) => !query.region || regionCovers(p.region, query.region) || regionCovers(query.region, p.region))
    .map((p) => summaryOf(inLanguage(p, language), today));
  return { items, total: items.length };
}

export function getPolicy(deps: PolicyDeps, id: string, language: Language = 'zh-CN'): z.input<typeof PolicyDetail> {
  const found = deps.policyCatalogue.byId(id);
  if (!found) throw new AppError('NOT_FOUND', 'No such policy');
  const policy = inLanguage(found, language);
  const state = windowState(policy.window, chinaToday(deps));
  return { ...policy, amountText: policy.amount.text, deadline: state.deadline, open: state.open };
}

// ---- 政策一屏览 ----

export async function listPolicyMatches(
  deps: PolicyDeps,
  auth: AuthContext,
  language: Language = 'zh-CN',
): Promise<z.input<typeof PolicyMatchList>> {
  const enterprise = await actingEnterprise(deps, auth);
  const profile = await effectiveProfile(deps, enterprise);
  const today = chinaToday(deps);
  const match = toMatchProfile(profile);
  const confirmed = await confirmedMatchProfile(deps, enterprise);
  const grants = new Map((await deps.policyRepository.listGrants(enterprise.id)).map((g) => [`${g.policy_id}:${g.period}`, g]));
  const wording = language === 'en' ? ENGLISH_WORDING : CHINESE_WORDING;
  const evaluated = deps.policyCatalogue.catalogue.map((policy) => ({ policy, evaluation: evaluatePolicy(policy, policy.automatic ? confirmed : match, today, wording) }));
  evaluated.sort((a, b) => compareEvaluations(a.evaluation, b.evaluation));
  const missing = new Set<string>();
  const items: z.input<typeof PolicyMatchList>['items'] = [];
  for (const { policy, evaluation } of evaluated) {
    const grant = grants.get(`${policy.id}:${grantPeriod(policy, today)}`) ?? null;
    if (evaluation.verdict === 'possible') {
      for (const c of evaluation.conditions) if (c.verdict === 'unknown') c.condition.split('+').forEach((f) => missing.add(f));
    }
    const shown = inLanguage(policy, language);
    items.push({
      policy: summaryOf(shown, today),
      verdict: evaluation.verdict,
      conditions: evaluation.conditions,
      estimatedAmount: evaluation.estimatedAmount,
      formula: shown.amount.text,
      deadline: evaluation.deadline,
      automatic: policy.automatic,
      basis: policy.automatic ? 'registry' : 'owner',
      granted: policy.automatic && grant !== null,
      grantStatus: grant ? await grantStatusOf(deps, grant, policy, today) : null,
    });
  }
  const count = (v: string) => items.filter((i) => i.verdict === v).length;
  const eligibleAmount = items.filter((i) => i.verdict === 'eligible').reduce((sum, i) => sum + (i.estimatedAmount ?? 0), 0);
  return {
    items,
    counts: { eligible: count('eligible'), possible: count('possible'), ineligible: count('ineligible') },
    eligibleAmount: Math.round(eligibleAmount * 100) / 100,
    missingFacts: [...missing].sort(),
  };
}

// ---- subscriptions ----

export async function getPolicySubscriptions(deps: PolicyDeps, auth: AuthContext) {
  const enterprise = await actingEnterprise(deps, auth);
  return { types: ((await deps.policyRepository.findSubscriptions(auth.userId, enterprise.id)) ?? []) as PolicyType[] };
}

/** Replaces the set and pushes what already matches for the new types at once. */
export async function savePolicySubscriptions(deps: PolicyDeps, auth: AuthContext, types: PolicyType[]) {
  const enterprise = await actingEnterprise(deps, auth);
  const unique = [...new Set(types)];
  return deps.db.transaction(async () => {
    await deps.policyRepository.saveSubscriptions({
      user_id: auth.userId, enterprise_id: enterprise.id, types_json: JSON.stringify(unique), updated_at: deps.now().getTime(),
    });
    await deps.enterpriseAccess.recordEnterpriseActivity({
      enterpriseId: enterprise.id, userId: auth.userId, role: enterprise.role, action: 'policy_subscriptions_saved', detail: unique.join(','),
    });
    await pushMatchedPolicies(deps, await effectiveProfile(deps, enterprise));
    return { types: unique };
  });
}

// ---- 兑现 ----

const STATUS_OF_APPLICATION: Record<ApplicationStatus, GrantStatus> = {
  submitted: 'applied', accepted: 'reviewing', correction_requested: 'reviewing', approved: 'approved', rejected: 'rejected',
};

function payout(policy: Policy | null): boolean {
  return policy !== null && policy.type !== 'tax';
}

async function grantStatusOf(deps: PolicyDeps, grant: GrantRow, policy: Policy | null, today: string): Promise<GrantStatus> {
  return (await grantTimeline(deps, grant, policy, today)).status;
}

async function grantTimeline(
  deps: PolicyDeps,
  grant: GrantRow,
  policy: Policy | null,
  today: string,
): Promise<{ status: GrantStatus; paidOn: string | null; app: ApplicationRow | null }> {
  let status: GrantStatus;
  let approvedOn: string | null;
  let app: ApplicationRow | null = null;
  if (grant.kind === 'application' && grant.application_id) {
    app = (await deps.applicationRepository.findById(grant.application_id)) ?? null;
    status = app ? STATUS_OF_APPLICATION[app.status] : 'applied';
    approvedOn = app && app.status === 'approved' ? chinaDate(app.updated_at) : null;
  } else {
    status = 'approved';
    approvedOn = grant.granted_on;
  }
  const paidOn = status === 'approved' && approvedOn && payout(policy) ? addWorkingDays(approvedOn, PAYOUT_WORKING_DAYS) : null;
  if (paidOn && today >= paidOn) status = 'paid';
  return { status, paidOn, app };
}

async function toGrant(deps: PolicyDeps, grant: GrantRow, today: string): Promise<z.input<typeof PolicyGrant>> {
  const policy = deps.policyCatalogue.byId(grant.policy_id);
  const { status, paidOn, app } = await grantTimeline(deps, grant, policy, today);
  return {
    id: grant.id, policyId: grant.policy_id, policyTitle: policy?.title ?? grant.policy_id, kind: grant.kind, status, amount: grant.amount,
    period: grant.period, applicationId: grant.application_id, applicationNumber: app?.number ?? null,
    createdAt: new Date(grant.created_at).toISOString(), paidOn,
  };
}

export async function listPolicyGrants(deps: PolicyDeps, auth: AuthContext) {
  const enterprise = await actingEnterprise(deps, auth);
  const today = chinaToday(deps);
  const items: Array<z.input<typeof PolicyGrant>> = [];
  for (const grant of await deps.policyRepository.listGrants(enterprise.id)) items.push(await toGrant(deps, grant, today));
  return { items };
}

/**
 * 申报兑现 through the ordinary online application (HQZC-0001): the form is pre-filled from the
 * real-name record and the acting enterprise, the note names the policy, and the grant row links
 * the two. Once per enterprise, policy and period (a rejected one may be applied for again); the
 * same Idempotency-Key answers the same application.
 */
export async function applyForPolicy(
  deps: PolicyDeps,
  auth: AuthContext,
  policyId: string,
  key: string,
  body: { values: FormValues },
): Promise<z.input<typeof PolicyApplicationResult>> {
  const enterprise = await actingEnterprise(deps, auth);
  const policy = deps.policyCatalogue.byId(policyId);
  if (!policy) throw new AppError('NOT_FOUND', 'No such policy');
  if (policy.automatic) throw new AppError('CONFLICT', '免申即享: this policy is granted without an application');
  const today = chinaToday(deps);
  const period = grantPeriod(policy, today);
  const repo = deps.policyRepository;
  return deps.db.transaction(async () => {
    const existing = await repo.findGrant(enterprise.id, policy.id, period);
    if (existing) {
      const app = existing.application_id ? ((await deps.applicationRepository.findById(existing.application_id)) ?? null) : null;
      if (app && app.user_id === auth.userId && app.idempotency_key === key) {
        return { application: await deps.applications.toDetail(app), grant: await toGrant(deps, existing, today) };
      }
      if (!app || app.status !== 'rejected') throw new AppError('CONFLICT', 'This enterprise has applied for this policy in the current period');
      await repo.deleteGrant(existing.id);
    }
    const evaluation = evaluatePolicy(policy, toMatchProfile(await effectiveProfile(deps, enterprise)), today);
    if (evaluation.verdict === 'ineligible') {
      const unmet = evaluation.conditions.filter((c) => c.verdict === 'unmet').map((c) => c.reason);
      throw new AppError('CONFLICT', `Not eligible: ${unmet.join('；')}`);
    }
    const amount = evaluation.estimatedAmount === null ? policy.amount.text : `${evaluation.estimatedAmount}万元`;
    const application = await deps.applications.submitApplication(auth, key, {
      serviceCode: POLICY_SERVICE_CODE,
      values: {
        conditionsConfirmed: true,
        applicationNote: `申请兑现：${policy.title}（${policy.id}，${policy.issuer}）；预计金额：${amount}`.slice(0, 500),
        deliveryMethod: 'electronic',
        ...body.values,
        // The enterprise is the one acted for (policies scope checked above), never one typed in.
        enterpriseName: enterprise.name,
        enterpriseCreditCode: enterprise.credit_code,
      },
    }, { title: `${deps.catalog.detail(POLICY_SERVICE_CODE)?.name ?? '惠企政策兑现申请'}：${policy.title}` });
    const grant: GrantRow = {
      id: `grant-${application.id}`, enterprise_id: enterprise.id, policy_id: policy.id, period, kind: 'application', user_id: auth.userId,
      application_id: application.id, amount: evaluation.estimatedAmount, granted_on: null, created_at: deps.now().getTime(),
    };
    await repo.insertGrant(grant);
    await deps.enterpriseAccess.recordEnterpriseActivity({
      enterpriseId: enterprise.id, userId: auth.userId, role: enterprise.role, action: 'policy_applied',
      detail: `${policy.title}（${application.number}）`,
    });
    return { application, grant: await toGrant(deps, grant, today) };
  });
}
