import { View } from '@tarojs/components';
import { usePolicyGrants } from '@/features/enterprise-policy/hooks/use-policies';
import { formatDate } from '@/shared/date/dayjs';
import { usePolicyT } from '@/features/enterprise-policy/hooks/use-policy-t';
import { go } from '@/shared/platform/navigation';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { ErrorAlert } from '@/shared/ui/error-alert';
import { PageShell } from '@/shared/ui/page-shell';
import { Section } from '@/shared/ui/section';

/** 兑现: applied policies and 免申即享 grants, with where each stands. */
export default function PolicyGrantsPage() {
  const t = usePolicyT();
  const lang = usePreferencesStore((s) => s.language);
  const grants = usePolicyGrants();
  return (
    <PageShell title={t('policy.grants')}>
      <Section>
        <ErrorAlert error={grants.error} onRetry={() => void grants.reload()} inline />
        {grants.data?.items.length === 0 && <View className='ui-card ui-empty'>{t('policy.noGrants')}</View>}
        {grants.data?.items.map((g) => (
          <View
            key={g.id}
            className='ui-card ui-record'
            data-testid='policy-grant'
            role={g.applicationId ? 'link' : undefined}
            onClick={() => g.applicationId && go(`/packages/applications/pages/detail/index?id=${g.applicationId}`)}
          >
            <View className='ui-record__head'>
              <View className='ui-section__title'>{g.policyTitle}</View>
              <View className={`ui-badge${g.status === 'paid' || g.status === 'approved' ? ' ui-badge--success' : ''}`}>{t(`grant.${g.status}`)}</View>
            </View>
            <View className='ui-hint'>
              {t(g.kind === 'automatic' ? 'policy.grantAutomatic' : 'policy.grantApplied')} · {g.period} · {formatDate(g.createdAt, lang)}
            </View>
            {g.amount !== null && <View>{t('policy.estimated', { n: g.amount })}</View>}
            {g.paidOn && <View className='ui-hint'>{t('policy.paidOn', { date: g.paidOn })}</View>}
          </View>
        ))}
      </Section>
    </PageShell>
  );
}
