import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useEffect } from 'react';
import { recordRecent } from '../../../../features/service-catalog/api/catalog-api';
import { ServiceGuide } from '../../../../features/service-catalog/components/service-guide';
import { useFavorites, useServiceDetail } from '../../../../features/service-catalog/hooks/use-catalog';
import { useFavoriteToggle } from '../../../../features/service-catalog/hooks/use-favorite-toggle';
import { errorMessage } from '../../../../shared/api/error-message';
import { invalidateQueries } from '../../../../shared/api/use-api-query';
import { useT } from '../../../../shared/i18n/use-t';
import { go } from '../../../../shared/platform/navigation';
import { usePreferencesStore } from '../../../../shared/state/preferences-store';
import { selectIsSignedIn, useSessionStore } from '../../../../shared/state/session-store';
import { Button } from '../../../../shared/ui/button';
import { PageShell } from '../../../../shared/ui/page-shell';
import { Section } from '../../../../shared/ui/section';

export default function ServiceDetailPage() {
  const t = useT();
  const lang = usePreferencesStore((s) => s.language);
  const { params } = useRouter<Record<string, string>>();
  const code = params.code;
  const detail = useServiceDetail(code);
  const favorites = useFavorites();
  const signedIn = useSessionStore(selectIsSignedIn);
  const isFavorite = Boolean(favorites.data?.items.some((s) => s.code === code));
  const fav = useFavoriteToggle(code ?? '', isFavorite);
  const { setFavorite } = fav;

  useEffect(() => setFavorite(isFavorite), [isFavorite, setFavorite]);
  useEffect(() => {
    if (signedIn && code) {
      recordRecent(code)
        .then(() => invalidateQueries('recents:'))
        .catch(() => undefined);
    }
  }, [signedIn, code]);

  const service = detail.data;
  return (
    <PageShell title={service?.name ?? t('guide.title')}>
      {detail.error !== null && !service && (
        <Section>
          <View className='ui-card ui-empty'>{errorMessage(lang, detail.error)}</View>
        </Section>
      )}
      {service && (
        <>
          <View className='detail__header'>
            <View className='detail__name' role='heading' aria-level={1}>
              {service.name}
            </View>
            <View className='detail__dept'>{service.department}</View>
            <View className='service-row__badges'>
              {service.online && <View className='ui-badge'>{t('catalog.online')}</View>}
              {service.chuanyu && <View className='ui-badge ui-badge--accent'>{t('catalog.chuanyu')}</View>}
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
          </Section>
          <ServiceGuide service={service} />
        </>
      )}
    </PageShell>
  );
}
