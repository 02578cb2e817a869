import { useRouter } from '@tarojs/taro';
import type { Audience, LifeEvent, Theme } from '@contract/catalog';
import type { ServiceFilter } from '@/features/service-catalog/model/service-filter';
import { ServiceRows } from '@/features/service-catalog/components/service-row';
import { useServiceList } from '@/features/service-catalog/hooks/use-service-list';
import { useBrowseT } from '@/features/service-catalog/hooks/use-browse-t';
import { Button } from '@/shared/ui/button';
import { ErrorAlert } from '@/shared/ui/error-alert';
import { PageShell } from '@/shared/ui/page-shell';
import { Section } from '@/shared/ui/section';

/** A catalogue list for one theme, life event, department, or the 川渝通办 zone. */
export default function ServiceListPage() {
  const t = useBrowseT();
  const { params } = useRouter<Record<string, string>>();
  const filter: ServiceFilter = {
    audience: params.audience as Audience | undefined,
    theme: params.theme as Theme | undefined,
    lifeEvent: params.lifeEvent as LifeEvent | undefined,
    department: params.department ? decodeURIComponent(params.department) : undefined,
    chuanyu: params.chuanyu === 'true' ? 'true' : undefined,
  };
  const list = useServiceList(filter);
  const title = filter.theme
    ? t(`theme.${filter.theme}`)
    : filter.lifeEvent
      ? t(`lifeEvent.${filter.lifeEvent}`)
      : filter.chuanyu
        ? t('home.chuanyu')
        : (filter.department ?? t('services.title'));

  return (
    <PageShell title={title}>
      <Section title={`${title} · ${t('catalog.count', { n: list.total })}`}>
        <ServiceRows services={list.loading && list.items.length === 0 ? undefined : list.items} emptyText={t('catalog.empty')} />
        <ErrorAlert error={list.error} onRetry={() => void list.reload()} inline />
        {list.hasMore && (
          <Button variant='secondary' loading={list.loading} onClick={() => void list.loadMore()}>
            {t('catalog.loadMore')}
          </Button>
        )}
      </Section>
    </PageShell>
  );
}
