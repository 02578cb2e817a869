import type { VerifierOrganisationRow } from './verifier-repository';

/**
 * How long a node answers "which organisation does this user scan for" from its last read. A
 * window or gate scans all day with one account, and the lookup (users ⋈ members ⋈ organisations)
 * was a query on every resolution. A member removed from an organisation, or whose phone changed,
 * can go on resolving on a node for at most this long; nothing else rests on it: the session is
 * checked on every request, and the once-per-organisation claim is always decided by the database,
 * so one-time use holds across nodes whatever a node remembers.
 */
export const MEMBERSHIP_TTL_MS = 5_000;
/** A node remembers at most this many members (scanning accounts, not residents). */
const MAX_ENTRIES = 10_000;

export interface MembershipCache {
  organisationOf(userId: string, nowMs: number, read: () => Promise<VerifierOrganisationRow | null>): Promise<VerifierOrganisationRow | null>;
}

export function createMembershipCache(): MembershipCache {
  const entries = new Map<string, { organisation: VerifierOrganisationRow | null; untilMs: number }>();
  return {
    async organisationOf(userId, nowMs, read) {
      const hit = entries.get(userId);
      if (hit && nowMs < hit.untilMs) return hit.organisation;
      const organisation = await read();
      entries.delete(userId);
      entries.set(userId, { organisation, untilMs: nowMs + MEMBERSHIP_TTL_MS });
      // Insertion order is refresh order: the first key is the longest unrefreshed.
      if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
      return organisation;
    },
  };
}
