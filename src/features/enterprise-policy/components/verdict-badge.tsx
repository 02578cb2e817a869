import { View } from '@tarojs/components';
import type { MatchVerdict } from '../../../../types/policies';
import { useT } from '../../../shared/i18n/use-t';

const TONE: Record<MatchVerdict, string> = { eligible: ' ui-badge--success', possible: '', ineligible: ' ui-badge--muted' };

export function VerdictBadge({ verdict }: { verdict: MatchVerdict }) {
  const t = useT();
  return <View className={`ui-badge${TONE[verdict]}`}>{t(`policy.verdict.${verdict}`)}</View>;
}
