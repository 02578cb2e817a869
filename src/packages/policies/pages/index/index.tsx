import { View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { PolicyType } from '@contract/policies';
import { usePolicyMatches, usePolicySubscriptions, useSavePolicySubscriptions } from '@/features/enterprise-policy/hooks/use-policies';
import { PolicyMatchCard } from '@/features/enterprise-policy/components/policy-match-card';
import { POLICY_TYPES, VERDICT_ORDER } from '@/features/enterprise-policy/model/policy-options';
import { useProfile } from '@/features/profile/hooks/use-profile';
import { usePolicyT } from '@/features/enterprise-policy/hooks/use-policy-t';
import { go } from '@/shared/platform/navigation';
import { requestSubscription } from '@/shared/platform/subscribe-messages';
import { Button } from '@/shared/ui/button';
import { ListItem } from '@/shared/ui/list-item';
import { ErrorAlert } from '@/shared/ui/error-alert';
import { PageShell } from '@/shared/ui/page-shell';
import { Card, Section } from '@/shared/ui/section';
import { SignInPrompt } from '@/shared/ui/sign-in-prompt';

/** 政策一屏览: every support policy the acting enterprise qualifies for, why, how much, by when. */
export default function PolicyOverviewPage() {
  const t = usePolicyT();
  const { profile, signedIn } = useProfile();
  const acting = profile?.actingAs ?? null;
  return (
    <PageShell title={t('policy.title')}>
      {!signedIn && (
        <Section>
          <SignInPrompt message={t('common.notLoggedIn')} />
        </Section>
      )}
      {signedIn && !acting && (
        <Section>
          <Card>
            <View>{t('policy.needEnterprise')}</View>
            <Button onClick={() => go('/packages/account/pages/enterprises/index')}>{t('policy.enterprises')}</Button>
          </Card>
        </Section>
      )}
      {signedIn && acting && <Overview key={acting.id} enterpriseName={acting.name} />}
    </PageShell>
  );
}

function Overview({ enterpriseName }: { enterpriseName: string }) {
  const t = usePolicyT();
  const matches = usePolicyMatches();
  const subs = usePolicySubscriptions();
  const saveSubscriptions = useSavePolicySubscriptions();
  const [types, setTypes] = useState<PolicyType[]>([]);
  const [showAll, setShowAll] = useState(false);
  useEffect(() => setTypes(subs.data?.types ?? []), [subs.data]);

  const data = matches.data;
  const items = [...(data?.items ?? [])].sort((a, b) => VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict]);
  const shown = showAll ? items : items.filter((m) => m.verdict !== 'ineligible');

  function toggle(type: PolicyType) {
    // Inside the tap, as WeChat requires: ask for subscribe messages when a type is switched on.
    if (!types.includes(type)) requestSubscription('policy');
    const next = types.includes(type) ? types.filter((x) => x !== type) : [...types, type];
    setTypes(next);
    void saveSubscriptions.run(next).then((saved) => {
      if (!saved) setTypes(types);
    });
  }

  return (
    <>
      <Section>
        <Card>
          <View className='ui-section__title'>{enterpriseName}</View>
          {data && (
            <View data-testid='policy-summary'>
              {t('policy.summary', { eligible: data.counts.eligible, possible: data.counts.possible, amount: data.eligibleAmount })}
            </View>
          )}
          {data && data.missingFacts.length > 0 && <View className='ui-hint'>{t('policy.missingFacts', { n: data.missingFacts.length })}</View>}
        </Card>
        <ListItem label={t('policy.profile')} onClick={() => go('/packages/policies/pages/profile/index')} testId='policy-profile' />
        <ListItem label={t('policy.grants')} onClick={() => go('/packages/policies/pages/grants/index')} testId='policy-grants' />
      </Section>
      <Section title={t('policy.matches')}>
        <ErrorAlert error={matches.error} onRetry={() => void matches.reload()} inline />
        {shown.map((m) => (
          <PolicyMatchCard key={m.policy.id} match={m} />
        ))}
        {!showAll && items.length > shown.length && (
          <Button variant='secondary' onClick={() => setShowAll(true)}>
            {t('policy.showIneligible', { n: items.length - shown.length })}
          </Button>
        )}
      </Section>
      <Section title={t('policy.subscribe')}>
        <View className='ui-hint'>{t('policy.subscribeHint')}</View>
        <View className='ui-chips' role='group' aria-label={t('policy.subscribe')}>
          {POLICY_TYPES.map((type) => {
            const on = types.includes(type);
            return (
              <View key={type} role='checkbox' aria-checked={on} className={`ui-chip${on ? ' ui-chip--active' : ''}`} onClick={() => toggle(type)}>
                {t(`policyType.${type}`)}
              </View>
            );
          })}
        </View>
      </Section>
    </>
  );
}
