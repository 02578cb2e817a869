import { View } from '@tarojs/components';
import { SearchEntry } from '@/features/service-catalog/components/search-entry';
import { ServiceRows } from '@/features/service-catalog/components/service-row';
import { TileIcon } from '@/features/service-catalog/components/tile-icon';
import { useCities, useFavorites, useHotServices, useRecents } from '@/features/service-catalog/hooks/use-catalog';
import { useBrowseT } from '@/features/service-catalog/hooks/use-browse-t';
import { useModeAudience } from '@/features/service-catalog/hooks/use-mode-audience';
import { NoticeStrip } from '@/features/notices/components/notice-strip';
import { useNotices } from '@/features/notices/hooks/use-notices';
import { go } from '@/shared/platform/navigation';
// 首页's own pictograms only: another set's module would come whole into the first load.
import { certificatesIcon, clipboardIcon, mapPinIcon, policyIcon, qrCodeIcon } from '@/shared/ui/icons/service-icons';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { selectIsSignedIn, useSessionStore } from '@/shared/state/session-store';
import { PageShell } from '@/shared/ui/page-shell';
import { Section } from '@/shared/ui/section';
import { SwitchRow } from '@/shared/ui/switch-row';
import './index.scss';

export default function HomePage() {
  const t = useBrowseT();
  const elderMode = usePreferencesStore((s) => s.elderMode);
  const setElderMode = usePreferencesStore((s) => s.setElderMode);
  const city = usePreferencesStore((s) => s.city);
  const signedIn = useSessionStore(selectIsSignedIn);
  const realName = useSessionStore((s) => s.profile?.realName);
  const cityName = useCities().data?.items.find((c) => c.code === city)?.shortName;
  const acting = useSessionStore((s) => s.profile?.actingAs);
  const audience = useModeAudience();
  const hot = useHotServices(audience);
  const chuanyu = useHotServices(undefined, true);
  const favorites = useFavorites();
  const recents = useRecents();
  // Asked once 热门服务 is in: the services are what 首页 is opened for, the notices can wait.
  const notices = useNotices(hot.data !== undefined);

  const quick = [
    { key: 'home.quick.code', icon: qrCodeIcon, url: '/pages/code/index' },
    { key: 'home.quick.wallet', icon: certificatesIcon, url: '/pages/wallet/index' },
    { key: 'home.quick.applications', icon: clipboardIcon, url: '/packages/applications/pages/list/index' },
    { key: 'home.quick.nearby', icon: mapPinIcon, url: '/packages/catalog/pages/nearby/index' },
    ...(audience === 'enterprise' ? [{ key: 'home.quick.policies', icon: policyIcon, url: '/packages/policies/pages/index/index' } as const] : []),
  ] as const;

  return (
    <PageShell tab title={t('app.name')}>
      <View className='home__banner'>
        <View className='home__top'>
          <View className='home__city' role='button' onClick={() => go('/packages/catalog/pages/city/index')} data-testid='city-switch'>
            {cityName ?? '…'} ▾
          </View>
          {acting && (
            <View className='home__acting' role='link' onClick={() => go('/packages/account/pages/enterprises/index')} data-testid='home-acting-as'>
              {t('home.actingAs', { name: acting.name })}
            </View>
          )}
        </View>
        <View className='home__greeting' role='heading' aria-level={1}>
          {signedIn && realName ? t('home.greetingUser', { name: realName.maskedName }) : t('home.greeting')}
        </View>
        <SearchEntry look='banner' onOpen={() => go(`/packages/catalog/pages/search/index?audience=${audience}`)} testId='home-search' />
      </View>
      <Section>
        <View className='ui-list-item' role='link' onClick={() => go('/packages/consultation/pages/ask/index')} data-testid='home-consult'>
          {t('home.consult')}
        </View>
      </Section>
      <Section>
        <View className='ui-grid' data-testid='home-quick'>
          {quick.map((q) => (
            <View key={q.key} className='ui-grid__item' role='button' onClick={() => go(q.url)}>
              <TileIcon glyph={q.icon} />
              <View>{t(q.key)}</View>
            </View>
          ))}
        </View>
      </Section>
      <Section>
        <SwitchRow
          label={t('home.elderMode')}
          hint={t('home.elderModeHint')}
          checked={elderMode}
          onChange={setElderMode}
          testId='home-elder-mode'
        />
      </Section>
      {signedIn && (favorites.data?.items.length ?? 0) > 0 && (
        <Section title={t('home.favorites')}>
          <View data-testid='home-favorites'>
            <ServiceRows services={favorites.data?.items} />
          </View>
        </Section>
      )}
      {signedIn && (recents.data?.items.length ?? 0) > 0 && (
        <Section title={t('home.recents')}>
          <ServiceRows services={recents.data?.items.slice(0, elderMode ? 3 : 5)} />
        </Section>
      )}
      <Section title={t('home.hotServices')}>
        <View data-testid='home-hot'>
          <ServiceRows services={hot.data?.items.slice(0, elderMode ? 4 : 8)} />
        </View>
      </Section>
      <NoticeStrip notices={notices.data?.items} max={elderMode ? 2 : 3} />
      <Section title={t('home.chuanyu')}>
        <View className='ui-hint'>{t('home.chuanyuHint')}</View>
        <ServiceRows services={chuanyu.data?.items.slice(0, elderMode ? 3 : 5)} />
        <View className='ui-list-item' role='link' onClick={() => go('/packages/catalog/pages/list/index?chuanyu=true')}>
          <View className='ui-list-item__label'>{t('home.chuanyuAll')}</View>
          <View className='ui-list-item__arrow' aria-hidden>
            ›
          </View>
        </View>
      </Section>
    </PageShell>
  );
}
