import { View } from '@tarojs/components';
import { listPolicyGrants } from '../../../../features/enterprise-policy/api/policy-api';
import { errorMessage } from '../../../../shared/api/error-message';
import { useApiQuery } from '../../../../shared/api/use-api-query';
import { formatDate } from '../../../../shared/date/dayjs';
import { useT } from '../../../../shared/i18n/use-t';
import { go } from '../../../../shared/platform/navigation';
import { usePreferencesStore } from '../../../../shared/state/preferences-store';
import { PageShell } from '../../../../shared/ui/page-shell';
import { Section } from '../../../../shared/ui/section';

/** 兑现: applied policies and 免申即享 grants, with where each stands. */
export default function PolicyGrantsPage() {
  const t = useT();
  const lang = usePreferencesStore((s) => s.language);
  const grants = useApiQuery('policy-grants', listPolicyGrants, 0);
  return (
    <PageShell title={t('policy.grants')}>
      <Section>
        {grants.error !== null && <View className='ui-field__error'>{errorMessage(lang, grants.error)}</View>}
        {grants.data?.items.length === 0 && <View className='ui-card ui-empty'>{t('policy.noGrants')}</View>}
        {grants.data?.items.map((g) => (
          <View
            key={g.id}
            className='ui-card app-list__item'
            data-testid='policy-grant'
            role={g.applicationId ? 'link' : undefined}
            onClick={() => g.applicationId && go(`/packages/applications/pages/detail/index?id=${g.applicationId}`)}
          >
            <View className='app-list__head'>
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
