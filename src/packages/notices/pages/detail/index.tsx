import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useNotice } from '@/features/notices/hooks/use-notices';
import { useNoticesT } from '@/features/notices/hooks/use-notices-t';
import { ApiClientError } from '@/shared/api/api-error';
import { dayjs, formatDate } from '@/shared/date/dayjs';
import { go } from '@/shared/platform/navigation';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { Button } from '@/shared/ui/button';
import { EmptyState } from '@/shared/ui/empty-state';
import { ErrorAlert } from '@/shared/ui/error-alert';
import { bellIcon } from '@/shared/ui/icons/account-icons';
import { PageShell } from '@/shared/ui/page-shell';
import { Section } from '@/shared/ui/section';
import { Skeleton } from '@/shared/ui/skeleton';
import '@/features/notices/components/notices.scss';

/** One notice: its kind, who issued it, when, how long it holds, its text, and the service it is about. */
export default function NoticeDetailPage() {
  const t = useNoticesT();
  const lang = usePreferencesStore((s) => s.language);
  const { params } = useRouter<Record<string, string>>();
  const notice = useNotice(params.id);
  // A notice that expired since the strip was shown (or an old shared link) is no longer true.
  const gone = notice.error instanceof ApiClientError && notice.error.status === 404;
  const n = notice.data;

  return (
    <PageShell title={t('notices.title')}>
      {gone ? (
        <Section>
          <EmptyState
            glyph={bellIcon}
            title={t('notices.gone')}
            action={{ label: t('notices.emptyAction'), onClick: () => go('/pages/index/index'), testId: 'notice-gone-home' }}
            testId='notice-gone'
          />
        </Section>
      ) : (
        <ErrorAlert error={notice.error} onRetry={() => void notice.reload()} />
      )}
      {notice.loading && !n && <Skeleton rows={4} label={t('common.loading')} />}
      {n && (
        <Section>
          <View className='notice' data-testid='notice'>
            <View className={`ui-badge notice-row__kind--${n.category}`}>{t(`notices.category.${n.category}`)}</View>
            <View className='notice__title' role='heading' aria-level={1}>
              {n.title}
            </View>
            <View className='ui-hint notice__meta'>{t('notices.issuer', { name: n.issuer })}</View>
            <View className='ui-hint notice__meta'>{t('notices.published', { date: formatDate(n.publishedOn, lang) })}</View>
            <View className='ui-hint notice__meta'>
              {t('notices.validUntil', { date: formatDate(dayjs(n.expiresOn).subtract(1, 'day').format('YYYY-MM-DD'), lang) })}
            </View>
            <View className='notice__body'>
              {n.body.map((paragraph, i) => (
                <View key={i} className='notice__paragraph'>
                  {paragraph}
                </View>
              ))}
            </View>
          </View>
          {n.serviceCode && (
            <Button onClick={() => go(`/packages/catalog/pages/detail/index?code=${encodeURIComponent(n.serviceCode ?? '')}`)} testId='notice-open-service'>
              {t('notices.openService')}
            </Button>
          )}
        </Section>
      )}
    </PageShell>
  );
}
