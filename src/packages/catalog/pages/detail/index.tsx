import { View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect } from 'react';
import { useConsultationT } from '@/features/consultation/hooks/use-consultation-t';
import { ServiceGuide } from '@/features/service-catalog/components/service-guide';
import { useFavorites, useServiceDetail } from '@/features/service-catalog/hooks/use-catalog';
import { useRecordRecent } from '@/features/service-catalog/hooks/use-record-recent';
import { useFavoriteToggle } from '@/features/service-catalog/hooks/use-favorite-toggle';
import { useBrowseT } from '@/features/service-catalog/hooks/use-browse-t';
import { useGuideT } from '@/features/service-catalog/hooks/use-guide-t';
import { go } from '@/shared/platform/navigation';
import { Button } from '@/shared/ui/button';
import { ErrorAlert } from '@/shared/ui/error-alert';
import { PageShell } from '@/shared/ui/page-shell';
import { Section } from '@/shared/ui/section';
import '@/features/service-catalog/components/catalog.scss';

/** 智能咨询 links each sentence to the guide section it quotes (?section=): fees and time limits sit in the summary. */
const SECTION_ANCHORS: Record<string, string> = {
  summary: 'summary', fee: 'summary', time_limit: 'summary', conditions: 'conditions', materials: 'materials', steps: 'steps', locations: 'where',
};

export default function ServiceDetailPage() {
  const t = useGuideT();
  const tb = useBrowseT();
  const tc = useConsultationT();
  const { params } = useRouter<Record<string, string>>();
  const code = params.code;
  const detail = useServiceDetail(code);
  const favorites = useFavorites();
  const isFavorite = Boolean(favorites.data?.items.some((s) => s.code === code));
  const fav = useFavoriteToggle(code ?? '', isFavorite);
  const { setFavorite } = fav;

  useEffect(() => setFavorite(isFavorite), [isFavorite, setFavorite]);
  useRecordRecent(code);
  const anchor = params.section ? SECTION_ANCHORS[params.section] : undefined;
  const loaded = Boolean(detail.data);
  useEffect(() => {
    if (loaded && anchor) void Taro.pageScrollTo({ selector: `#guide-${anchor}`, duration: 0 }).catch(() => undefined);
  }, [loaded, anchor]);

  const service = detail.data;
  return (
    <PageShell title={service?.name ?? t('guide.title')}>
      {!service && <ErrorAlert error={detail.error} onRetry={() => void detail.reload()} />}
      {service && (
        <>
          <View className='detail__header'>
            <View className='detail__name' role='heading' aria-level={1}>
              {service.name}
            </View>
            <View className='detail__dept'>{service.department}</View>
            <View className='service-row__badges'>
              {service.online && <View className='ui-badge'>{tb('catalog.online')}</View>}
              {service.chuanyu && <View className='ui-badge ui-badge--accent'>{tb('catalog.chuanyu')}</View>}
            </View>
          </View>
          <Section>
            <View className='ui-actions'>
              <Button
                onClick={() => go(`/packages/applications/pages/apply/index?code=${service.code}`)}
                disabled={!service.online}
                testId='apply'
              >
                {service.online ? t('guide.apply') : t('guide.offlineOnly')}
              </Button>
              <Button variant='secondary' loading={fav.busy} onClick={() => void fav.toggle()} testId='favorite'>
                {fav.favorite ? t('guide.unfavorite') : t('guide.favorite')}
              </Button>
            </View>
            <Button variant='secondary' onClick={() => go(`/packages/catalog/pages/nearby/index?service=${service.code}`)} testId='nearby'>
              {t('guide.nearby')}
            </Button>
            <Button variant='secondary' onClick={() => go(`/packages/consultation/pages/coaching/index?code=${service.code}`)} testId='guide-coach'>
              {tc('consult.entryCoach')}
            </Button>
            <Button
              variant='secondary'
              onClick={() => go(`/packages/consultation/pages/ask/index?prefill=${encodeURIComponent(service.name)}`)}
              testId='guide-consult'
            >
              {tc('consult.entryGuide')}
            </Button>
          </Section>
          <ServiceGuide service={service} />
        </>
      )}
    </PageShell>
  );
}
