import { View } from '@tarojs/components';
import { useAccountT } from '@/features/account/hooks/use-account-t';
import { FavoriteRow } from '@/features/service-catalog/components/favorite-row';
import { useFavorites } from '@/features/service-catalog/hooks/use-catalog';
import { go } from '@/shared/platform/navigation';
import { selectIsSignedIn, useSessionStore } from '@/shared/state/session-store';
import { starIcon } from '@/shared/ui/icons/favorite-icons';
import { ListStates } from '@/shared/ui/list-states';
import { PageShell } from '@/shared/ui/page-shell';
import { Section } from '@/shared/ui/section';
import '@/features/service-catalog/components/favorite-row.scss';

/** 我的收藏: every saved service, each opening its guide and removable here. */
export default function FavoritesPage() {
  const t = useAccountT();
  const signedIn = useSessionStore(selectIsSignedIn);
  const list = useFavorites();
  return (
    <PageShell title={t('favorites.title')}>
      <Section>
        <ListStates
          signedIn={signedIn}
          signInMessage={t('common.notLoggedIn')}
          list={list}
          loadingLabel={t('common.loading')}
          empty={{
            glyph: starIcon,
            title: t('favorites.empty'),
            hint: t('favorites.emptyHint'),
            action: { label: t('favorites.emptyAction'), onClick: () => go('/pages/services/index'), testId: 'favorites-empty-action' },
            testId: 'favorites-empty',
          }}
        />
        {list.data && list.data.items.length > 0 && (
          <View className='favorite-rows' data-testid='favorites'>
            {list.data.items.map((s) => (
              <FavoriteRow key={s.code} service={s} />
            ))}
          </View>
        )}
      </Section>
    </PageShell>
  );
}
