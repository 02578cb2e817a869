import { View } from '@tarojs/components';
import type { MatchVerdict } from '@contract/policies';
import { usePolicyT } from '@/features/enterprise-policy/hooks/use-policy-t';

const TONE: Record<MatchVerdict, string> = { eligible: ' ui-badge--success', possible: '', ineligible: ' ui-badge--muted' };

export function VerdictBadge({ verdict }: { verdict: MatchVerdict }) {
  const t = usePolicyT();
  return <View className={`ui-badge${TONE[verdict]}`}>{t(`policy.verdict.${verdict}`)}</View>;
}
