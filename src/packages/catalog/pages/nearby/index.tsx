import { Picker, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useCities, useServiceDetail } from '@/features/service-catalog/hooks/use-catalog';
import { useNearbyHalls } from '@/features/service-catalog/hooks/use-nearby-halls';
import { useGuideT } from '@/features/service-catalog/hooks/use-guide-t';
import { callPhone, openInMap } from '@/shared/platform/location';
import { Button } from '@/shared/ui/button';
import { ErrorAlert } from '@/shared/ui/error-alert';
import { PageShell } from '@/shared/ui/page-shell';
import { Section } from '@/shared/ui/section';
import '@/features/service-catalog/components/catalog.scss';

/** 就近办: halls and 24-hour terminals, nearest first, or by city when location is denied. */
export default function NearbyPage() {
  const t = useGuideT();
  const { params } = useRouter<Record<string, string>>();
  const service = useServiceDetail(params.service);
  const halls = useNearbyHalls(params.service);
  const cities = useCities().data?.items ?? [];
  const cityIndex = Math.max(0, cities.findIndex((c) => c.code === halls.city));

  return (
    <PageShell title={t('nearby.title')}>
      <Section>
        {service.data && <View className='ui-hint'>{t('nearby.offering', { name: service.data.name })}</View>}
        {halls.locationState === 'asking' && <View className='ui-hint'>{t('nearby.locating')}</View>}
        {halls.locationState === 'denied' && (
          <View className='ui-card' data-testid='location-denied'>
            <View>{t('nearby.denied')}</View>
            {cities.length > 0 && (
              <Picker
                mode='selector'
                range={cities.map((c) => c.name)}
                value={cityIndex}
                onChange={(e) => halls.setCity(cities[Number(e.detail.value)].code)}
              >
                <View className='ui-list-item' role='button' data-testid='city-picker'>
                  <View className='ui-list-item__label'>{t('nearby.city')}</View>
                  <View className='ui-list-item__value'>{cities[cityIndex]?.name}</View>
                </View>
              </Picker>
            )}
          </View>
        )}
      </Section>
      <Section>
        <ErrorAlert error={halls.error} onRetry={() => void halls.reload()} inline />
        {halls.data?.items.length === 0 && <View className='ui-card ui-empty'>{t('nearby.none')}</View>}
        {halls.data?.items.map((h) => (
          <View key={h.id} className='ui-card hall' data-testid='hall'>
            <View className='ui-section__title'>
              {h.name}
              {h.distanceKm !== null && <View className='ui-badge hall__distance'>{t('nearby.km', { km: h.distanceKm.toFixed(1) })}</View>}
            </View>
            <View className='ui-hint'>{t(h.kind === 'hall' ? 'nearby.kind.hall' : 'nearby.kind.kiosk')} · {h.hours}</View>
            <View>{h.address}</View>
            <View className='ui-actions hall__actions'>
              <Button variant='secondary' onClick={() => openInMap({ lat: h.lat, lng: h.lng, name: h.name, address: h.address })}>
                {t('nearby.map')}
              </Button>
              {h.phone && (
                <Button variant='secondary' onClick={() => callPhone(h.phone as string)}>
                  {t('nearby.call')}
                </Button>
              )}
            </View>
          </View>
        ))}
      </Section>
    </PageShell>
  );
}
