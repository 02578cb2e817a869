import { View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useRef, useState } from 'react';
import { PolicyApplyReview } from '@/features/enterprise-policy/components/policy-apply-review';
import { VerdictBadge } from '@/features/enterprise-policy/components/verdict-badge';
import { useApplyForPolicy, usePolicy, usePolicyMatches } from '@/features/enterprise-policy/hooks/use-policies';
import { newIdempotencyKey } from '@/shared/api/idempotency-key';
import { usePolicyT } from '@/features/enterprise-policy/hooks/use-policy-t';
import { Button } from '@/shared/ui/button';
import { ErrorAlert } from '@/shared/ui/error-alert';
import { PageShell } from '@/shared/ui/page-shell';
import { Card, Section } from '@/shared/ui/section';
import '@/features/enterprise-policy/components/policies.scss';

const VERDICT_MARK = { met: '✓', unmet: '✗', unknown: '?' } as const;

/** A policy explained: 图解 cards, and for this enterprise each condition with its reason. */
export default function PolicyDetailPage() {
  const t = usePolicyT();
  const { params } = useRouter<Record<string, string>>();
  const id = params.id ?? '';
  const policy = usePolicy(id);
  const matches = usePolicyMatches();
  const match = matches.data?.items.find((m) => m.policy.id === id);
  const application = useApplyForPolicy(id);
  // One key per visit: a double tap or a retry on a flaky network applies once.
  const key = useRef(newIdempotencyKey());
  const [reviewing, setReviewing] = useState(false);

  async function apply() {
    const result = await application.run(key.current);
    if (!result) return;
    void Taro.showToast({ title: t('policy.applied'), icon: 'success' });
    void Taro.redirectTo({ url: `/packages/applications/pages/detail/index?id=${result.application.id}` });
  }

  const p = policy.data;
  return (
    <PageShell title={p?.title ?? t('policy.title')}>
      {!p && <ErrorAlert error={policy.error} onRetry={() => void policy.reload()} />}
      {p && (
        <>
          <Section>
            <Card>
              <View className='ui-record__head'>
                <View className='ui-section__title' role='heading' aria-level={1}>
                  {p.title}
                </View>
                {match && <VerdictBadge verdict={match.verdict} />}
              </View>
              <View className='ui-hint'>
                {p.issuer} · {p.regionName}
              </View>
              <View>{p.summary}</View>
              <View className='policy-card__amount'>{match?.estimatedAmount != null ? t('policy.estimated', { n: match.estimatedAmount }) : p.amountText}</View>
              {p.deadline && <View className='ui-hint'>{t('policy.deadline', { date: p.deadline })}</View>}
              {p.automatic && <View className='ui-badge ui-badge--accent'>{t('policy.automaticHint')}</View>}
            </Card>
          </Section>
          {match && (
            <Section title={t('policy.conditions')}>
              <View className='ui-card' data-testid='policy-conditions'>
                {match.conditions.map((c, i) => (
                  <View key={i} className={`policy-condition policy-condition--${c.verdict}`}>
                    <View className='policy-condition__mark' aria-label={t(`policy.condition.${c.verdict}`)}>
                      {VERDICT_MARK[c.verdict]}
                    </View>
                    <View>
                      <View>{c.label}</View>
                      <View className='ui-hint'>{c.reason}</View>
                    </View>
                  </View>
                ))}
              </View>
            </Section>
          )}
          <Section title={t('policy.cards')}>
            {p.cards.map((c, i) => (
              <View key={i} className='ui-card policy-explainer'>
                <View className='policy-explainer__index'>{i + 1}</View>
                <View>
                  <View className='ui-section__title'>{c.title}</View>
                  <View>{c.body}</View>
                </View>
              </View>
            ))}
          </Section>
          {p.materials.length > 0 && (
            <Section title={t('guide.materials')}>
              <View className='ui-card'>
                {p.materials.map((m) => (
                  <View key={m} className='guide__item'>
                    {m}
                  </View>
                ))}
              </View>
            </Section>
          )}
          <Section>
            <View className='ui-hint'>{p.basis}</View>
            <ErrorAlert error={application.error} inline />
            {!p.automatic && match && match.verdict !== 'ineligible' && !match.granted && !reviewing && (
              <Button disabled={!p.open} onClick={() => setReviewing(true)} testId='policy-apply'>
                {p.open ? t('policy.apply') : t('policy.closed')}
              </Button>
            )}
            {reviewing && match && (
              <PolicyApplyReview policy={p} match={match} busy={application.busy} onConfirm={() => void apply()} onCancel={() => setReviewing(false)} />
            )}
          </Section>
        </>
      )}
    </PageShell>
  );
}
