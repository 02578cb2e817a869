import { View } from '@tarojs/components';
import type { PolicyMatch } from '@contract/policies';
import { usePolicyT } from '@/features/enterprise-policy/hooks/use-policy-t';
import { go } from '@/shared/platform/navigation';
import { VerdictBadge } from './verdict-badge';
import './policies.scss';

/** One row of 政策一屏览: what it is, whether we qualify, how much, by when. */
export function PolicyMatchCard({ match }: { match: PolicyMatch }) {
  const t = usePolicyT();
  const p = match.policy;
  return (
    <View className='ui-card policy-card' role='link' data-testid='policy-match' onClick={() => go(`/packages/policies/pages/detail/index?id=${p.id}`)}>
      <View className='ui-record__head'>
        <View className='ui-section__title'>{p.title}</View>
        <VerdictBadge verdict={match.verdict} />
      </View>
      <View className='ui-hint'>
        {t(`policy.level.${p.level}`)} · {p.issuer}
      </View>
      <View className='policy-card__amount'>
        {match.estimatedAmount !== null ? t('policy.estimated', { n: match.estimatedAmount }) : match.formula || p.amountText}
      </View>
      <View className='policy-card__meta'>
        {match.automatic && <View className='ui-badge ui-badge--accent'>{t('policy.automatic')}</View>}
        {match.granted && <View className='ui-badge ui-badge--success'>{t(`grant.${match.grantStatus ?? 'approved'}`)}</View>}
        {match.deadline && <View className='ui-hint'>{t('policy.deadline', { date: match.deadline })}</View>}
      </View>
    </View>
  );
}
