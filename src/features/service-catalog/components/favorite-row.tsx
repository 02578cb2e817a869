import { View } from '@tarojs/components';
import type { ServiceSummary } from '@contract/catalog';
import { useFavoriteToggle } from '@/features/service-catalog/hooks/use-favorite-toggle';
import { useGuideT } from '@/features/service-catalog/hooks/use-guide-t';
import { Button } from '@/shared/ui/button';
import { ServiceRow } from './service-row';

/**
 * A saved service in 我的收藏: opens its guide, and can be removed on the spot — the list drops it
 * once the server has (the favourites query is refetched), and a refusal says why.
 */
export function FavoriteRow({ service }: { service: ServiceSummary }) {
  const t = useGuideT();
  const fav = useFavoriteToggle(service.code, true);

  return (
    <View className='favorite-row' data-testid={`favorite-${service.code}`}>
      <ServiceRow service={service} />
      <View className='favorite-row__actions'>
        <Button variant='text' inline loading={fav.busy} onClick={() => void fav.toggle()} testId='favorite-remove'>
          {t('guide.unfavorite')}
        </Button>
      </View>
    </View>
  );
}
