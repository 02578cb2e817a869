import { View } from '@tarojs/components';
import type { ResponseBody } from '@contract/api';
import type { PolicyMatch } from '@contract/policies';
import { usePolicyT } from '@/features/enterprise-policy/hooks/use-policy-t';
import { useSessionStore } from '@/shared/state/session-store';
import { Button } from '@/shared/ui/button';
import './policies.scss';

/**
 * 申报确认: a 兑现 application is a filing in the enterprise's name with the policy's issuer, so
 * before it goes the person sees what will be filed, for which enterprise and under which
 * policy's name, and confirms (one tap on 立即申报 used to file at once).
 */
export function PolicyApplyReview({ policy, match, busy, onConfirm, onCancel }: {
  policy: ResponseBody<'getPolicy'>;
  match: PolicyMatch;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const t = usePolicyT();
  const enterprise = useSessionStore((s) => s.profile?.actingAs ?? null);
  const met = match.conditions.filter((c) => c.verdict === 'met');
  const row = (label: string, value: string, testId?: string) => (
    <View className='policy-review__row'>
      <View className='policy-review__label'>{label}</View>
      <View className='policy-review__value' data-testid={testId}>{value}</View>
    </View>
  );
  return (
    <View className='ui-card policy-review' role='region' aria-label={t('policy.review.title')} data-testid='policy-review'>
      <View className='ui-section__title'>{t('policy.review.title')}</View>
      {row(t('policy.review.filing'), t('policy.review.filingName', { title: policy.title }), 'policy-review-title')}
      {enterprise && row(t('policy.review.enterprise'), `${enterprise.name}（${enterprise.creditCode}）`, 'policy-review-enterprise')}
      {row(t('policy.review.issuer'), policy.issuer)}
      {row(t('policy.review.amount'), match.estimatedAmount != null ? t('policy.estimated', { n: match.estimatedAmount }) : policy.amountText)}
      {met.length > 0 && row(t('policy.review.conditions'), met.map((c) => c.label).join('；'))}
      <View className='ui-hint'>{t('policy.review.note')}</View>
      <View className='ui-actions'>
        <Button variant='secondary' onClick={onCancel} testId='policy-review-cancel'>
          {t('policy.review.cancel')}
        </Button>
        <Button loading={busy} onClick={onConfirm} testId='policy-apply-confirm'>
          {t('policy.review.confirm')}
        </Button>
      </View>
    </View>
  );
}
