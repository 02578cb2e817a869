import { View } from '@tarojs/components';
import { listApplications } from '../../../../features/application-form/api/application-api';
import { StatusBadge } from '../../../../features/application-form/components/status-badge';
import { errorMessage } from '../../../../shared/api/error-message';
import { useApiQuery } from '../../../../shared/api/use-api-query';
import { formatDate } from '../../../../shared/date/dayjs';
import { useT } from '../../../../shared/i18n/use-t';
import { go } from '../../../../shared/platform/navigation';
import { usePreferencesStore } from '../../../../shared/state/preferences-store';
import { selectIsSignedIn, useSessionStore } from '../../../../shared/state/session-store';
import { PageShell } from '../../../../shared/ui/page-shell';
import { Section } from '../../../../shared/ui/section';
import { SignInPrompt } from '../../../../shared/ui/sign-in-prompt';

/** 我的办件 with status and the promised deadline. */
export default function ApplicationListPage() {
  const t = useT();
  const lang = usePreferencesStore((s) => s.language);
  const signedIn = useSessionStore(selectIsSignedIn);
  const token = useSessionStore((s) => s.token);
  const list = useApiQuery(signedIn ? `applications:${token}` : null, listApplications, 0);
  return (
    <PageShell title={t('applications.title')}>
      <Section>
        {!signedIn && <SignInPrompt message={t('common.notLoggedIn')} />}
        {list.error !== null && <View className='ui-field__error'>{errorMessage(lang, list.error)}</View>}
        {list.data?.items.length === 0 && <View className='ui-card ui-empty'>{t('applications.empty')}</View>}
        {list.data?.items.map((a) => (
          <View key={a.id} className='ui-card app-list__item' role='link' data-testid='application-row' onClick={() => go(`/packages/applications/pages/detail/index?id=${a.id}`)}>
            <View className='app-list__head'>
              <View className='ui-section__title'>{a.serviceName}</View>
              <StatusBadge status={a.status} />
            </View>
            <View className='ui-hint'>
              {a.number} · {formatDate(a.submittedAt, lang)}
            </View>
            {a.remainingWorkingDays !== null && (
              <View className={a.remainingWorkingDays <= 2 ? 'app-list__due app-list__due--near' : 'app-list__due'}>
                {a.remainingWorkingDays >= 0 ? t('applications.daysLeft', { n: a.remainingWorkingDays, date: a.deadline }) : t('applications.overdue', { date: a.deadline })}
              </View>
            )}
          </View>
        ))}
      </Section>
    </PageShell>
  );
}
