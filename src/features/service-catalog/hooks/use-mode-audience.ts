import type { Audience } from '@contract/catalog';
import { useSessionStore } from '@/shared/state/session-store';

/**
 * Whose services the app puts first: an enterprise's (法人) while the user acts for one, their
 * own (个人) otherwise. Acting for an enterprise is only ever chosen by the user (我的 → 企业).
 */
export function useModeAudience(): Audience {
  return useSessionStore((s) => (s.profile?.actingAs ? 'enterprise' : 'person'));
}
