/**
 * 惠企政策 push: 免申即享 grants, "newly matching" messages for subscribed types, and 临期提醒
 * for eligible policies not yet applied for. Every message carries a dedupe key, so running any
 * of these again (profile save, start-up sweep, listing messages, a retried transaction, two
 * nodes at once) never repeats one.
 */
import { newId } from '../../security/crypto';
import { chinaToday } from '../../shared/china-today';
import { randomUUID } from 'node:crypto';
import type { Policy } from '../../../../types/policies';
import { workingDaysUntil } from '../../../../types/working-days';
import { acquireLease, releaseLease } from '../../db/lease';
import { evaluatePolicy, type PolicyEvaluation } from './engine/engine';
import type { PolicyMessage } from './policy-repository';
import { confirmedMatchProfile, effectiveProfile, toMatchProfile, type EffectiveProfile } from './policy-profile';
import { bindDeps } from '../../shared/bind-deps';
import type { PolicyPushDeps } from './policy-deps';

/** Reminder when an eligible, subscribed, not-yet-applied policy closes within this many calendar days. */
export const POLICY_REMINDER_DAYS = 7;

export function grantPeriod(policy: Policy, today: string): string {
  return policy.period === 'once' ? 'once' : today.slice(0, 4);
}

export function calendarDaysUntil(today: string, date: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

async function message(deps: PolicyPushDeps, row: Omit<PolicyMessage, 'id' | 'created_at'>): Promise<void> {
  await deps.policyRepository.insertMessage({ ...row, id: newId('msg'), created_at: deps.now().getTime() });
}

function evaluations(deps: PolicyPushDeps, profile: EffectiveProfile, today: string): Array<[Policy, PolicyEvaluation]> {
  const match = toMatchProfile(profile);
  return deps.policyCatalogue.catalogue.map((policy) => [policy, evaluatePolicy(policy, match, today)]);
}

/**
 * 免申即享: every automatic policy the registry-confirmed facts make eligible gets one grant per
 * period (the unique key decides) and each user bound to the enterprise one 'policy_granted'
 * message. The owner's saved profile plays no part: nobody reviews these grants.
 */
export async function grantAutomaticPolicies(deps: PolicyPushDeps, profile: EffectiveProfile, today = chinaToday(deps)): Promise<number> {
  const repo = deps.policyRepository;
  const confirmed = await confirmedMatchProfile(deps, profile.enterprise);
  let granted = 0;
  for (const policy of deps.policyCatalogue.catalogue) {
    if (!policy.automatic) continue;
    const evaluation = evaluatePolicy(policy, confirmed, today);
    if (evaluation.verdict !== 'eligible') continue;
    const period = grantPeriod(policy, today);
    const id = newId('grt');
    const inserted = await repo.insertGrant({
      id, enterprise_id: profile.enterprise.id, policy_id: policy.id, period, kind: 'automatic', user_id: null, application_id: null,
      amount: evaluation.estimatedAmount, granted_on: today, created_at: deps.now().getTime(),
    });
    if (!inserted) continue;
    granted += 1;
    for (const userId of await repo.boundUsers(profile.enterprise.id)) {
      await message(deps, {
        user_id: userId, kind: 'policy_granted', policy_id: policy.id, service_name: policy.title, deadline: null, remaining_days: null,
        dedupe_key: `policy-granted:${userId}:${profile.enterprise.id}:${policy.id}:${period}`,
      });
    }
  }
  return granted;
}

/** Subscribed users of the enterprise hear once per period about each eligible policy of their types. */
export async function pushMatchedPolicies(deps: PolicyPushDeps, profile: EffectiveProfile, today = chinaToday(deps)): Promise<void> {
  const repo = deps.policyRepository;
  const subscribers: Array<readonly [string, Set<string>]> = [];
  for (const userId of await repo.boundUsers(profile.enterprise.id)) {
    const types = new Set((await repo.findSubscriptions(userId, profile.enterprise.id)) ?? []);
    if (types.size > 0) subscribers.push([userId, types]);
  }
  if (subscribers.length === 0) return;
  for (const [policy, evaluation] of evaluations(deps, profile, today)) {
    if (policy.automatic || evaluation.verdict !== 'eligible') continue;
    const period = grantPeriod(policy, today);
    if (await repo.findGrant(profile.enterprise.id, policy.id, period)) continue;
    for (const [userId, types] of subscribers) {
      if (!types.has(policy.type)) continue;
      await message(deps, {
        user_id: userId, kind: 'policy_matched', policy_id: policy.id, service_name: policy.title, deadline: evaluation.deadline,
        remaining_days: evaluation.deadline ? workingDaysUntil(today, evaluation.deadline) : null,
        dedupe_key: `policy-matched:${userId}:${profile.enterprise.id}:${policy.id}:${period}`,
      });
    }
  }
}

/**
 * 临期提醒 for policies, generated lazily when the user lists messages (like the applications'
 * reminders): each bound enterprise, subscribed types, eligible, not yet granted or applied for,
 * closing within POLICY_REMINDER_DAYS calendar days. One per policy and deadline.
 */
export async function generatePolicyDeadlineReminders(deps: PolicyPushDeps, userId: string): Promise<void> {
  const repo = deps.policyRepository;
  const today = chinaToday(deps);
  for (const enterprise of await deps.enterpriseRepository.listBoundToUser(userId)) {
    const types = new Set((await repo.findSubscriptions(userId, enterprise.id)) ?? []);
    if (types.size === 0) continue;
    const profile = await effectiveProfile(deps, enterprise);
    for (const [policy, evaluation] of evaluations(deps, profile, today)) {
      if (policy.automatic || !types.has(policy.type) || evaluation.verdict !== 'eligible' || !evaluation.deadline) continue;
      const days = calendarDaysUntil(today, evaluation.deadline);
      if (days < 0 || days > POLICY_REMINDER_DAYS) continue;
      if (await repo.findGrant(enterprise.id, policy.id, grantPeriod(policy, today))) continue;
      await message(deps, {
        user_id: userId, kind: 'policy_deadline_near', policy_id: policy.id, service_name: policy.title, deadline: evaluation.deadline,
        remaining_days: workingDaysUntil(today, evaluation.deadline),
        dedupe_key: `policy-deadline:${userId}:${enterprise.id}:${policy.id}:${evaluation.deadline}`,
      });
    }
  }
}

/** Start-up (and daily) sweep over every saved profile: grants and matches for today's catalogue. */
export async function sweepPolicies(deps: PolicyPushDeps, stopped: () => boolean = () => false): Promise<{ enterprises: number; granted: number }> {
  const today = chinaToday(deps);
  let granted = 0;
  const rows = await deps.policyRepository.listProfiles();
  for (const row of rows) {
    // Closing: the rest waits for the next run (each enterprise is complete in itself).
    if (stopped()) break;
    const enterprise = await deps.policyRepository.findEnterprise(row.enterprise_id);
    if (!enterprise) continue;
    // One transaction per enterprise; the count is taken from its result, since the work may run
    // again when the transaction is retried.
    granted += await deps.db.transaction(async () => {
      const profile = await effectiveProfile(deps, enterprise);
      const n = await grantAutomaticPolicies(deps, profile, today);
      await pushMatchedPolicies(deps, profile, today);
      return n;
    });
  }
  return { enterprises: rows.length, granted };
}

const DAY_MS = 86_400_000;
const SWEEP_JOB = 'policy-sweep';
/** This process, as a lease holder. */
const NODE_ID = randomUUID();

/**
 * Runs the sweep now and every 24 h while the server is up (the timer never keeps the process
 * alive). With many nodes on one database, a run happens only on the node holding the sweep's
 * lease (held for a day and renewed by each run, so one node sweeps daily; another takes over
 * once a dead holder's lease expires, and at once when the holder closes). The promise settles
 * (never rejecting: a failed run is logged and waits for the next one) when the start-up run is done.
 */
export function schedulePolicySweep(
  deps: PolicyPushDeps,
  onClose: (stop: () => Promise<void>) => void,
  log: (error: Error) => void = (error) => console.warn(`policy sweep failed: ${error.message}`),
): Promise<void> {
  let closed = false;
  let leased = false;
  const run = async () => {
    if (closed) return;
    try {
      leased = await acquireLease(deps.db, SWEEP_JOB, NODE_ID, Date.now(), DAY_MS);
      if (leased && !closed) await sweepPolicies(deps, () => closed);
    } catch (error) {
      if (!closed) log(error as Error);
    }
  };
  let running = run();
  const timer = setInterval(() => {
    running = run();
  }, DAY_MS);
  timer.unref();
  onClose(async () => {
    closed = true;
    clearInterval(timer);
    await running;
    if (leased) await releaseLease(deps.db, SWEEP_JOB, NODE_ID).catch(() => undefined);
  });
  return running;
}

/** What the message centre calls when the user opens it. */
export function createPolicyReminders(deps: PolicyPushDeps) {
  return bindDeps(deps, { generatePolicyDeadlineReminders });
}

export type PolicyReminders = ReturnType<typeof createPolicyReminders>;
