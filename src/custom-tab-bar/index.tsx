import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useT } from '@/shared/i18n/use-t';
import { TAB_PAGES } from '@/shared/platform/navigation';
import { topPageRoute, useShownTab } from '@/shared/platform/shown-tab';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { Icon } from '@/shared/ui/icon';
import { userIcon } from '@/shared/ui/icons/account-icons';
import { homeIcon, servicesTabIcon, walletTabIcon } from '@/shared/ui/icons/navigation-icons';
import { qrCodeIcon } from '@/shared/ui/icons/service-icons';
import './index.scss';

const TABS = [
  { page: TAB_PAGES[0], label: 'tab.home', glyph: homeIcon },
  { page: TAB_PAGES[1], label: 'tab.services', glyph: servicesTabIcon },
  { page: TAB_PAGES[2], label: 'tab.code', glyph: qrCodeIcon },
  { page: TAB_PAGES[3], label: 'tab.wallet', glyph: walletTabIcon },
  { page: TAB_PAGES[4], label: 'tab.mine', glyph: userIcon },
] as const;


/**
 * The mini-program's tab bar, drawn by the app (app.config.ts `tabBar.custom`): WeChat's own bar
 * has a fixed 10 px label and 50 px height, which 长辈版 must raise to 18 px and 60 px (MIIT
 * 适老化). It follows the language and 长辈版 as every page does.
 */
export default function CustomTabBar() {
  const t = useT();
  const elderMode = usePreferencesStore((s) => s.elderMode);
  // Before any tab page has said it is shown, the page on top is the one this copy of the bar serves.
  const route = useShownTab() ?? topPageRoute();
  const selected = TABS.findIndex((tab) => tab.page === route);

  return (
    <View className={`tab-bar${elderMode ? ' tab-bar--elder' : ''}`} role='tablist'>
      {TABS.map((tab, index) => {
        const active = index === selected;
        return (
          <View
            key={tab.page}
            className={`tab-bar__item${active ? ' tab-bar__item--active' : ''}`}
            role='tab'
            aria-selected={active}
            data-testid={`tab-${index}`}
            onClick={() => {
              if (!active) void Taro.switchTab({ url: tab.page });
            }}
          >
            <Icon glyph={tab.glyph} tone={active ? 'primary' : 'muted'} />
            <View className='tab-bar__label'>{t(tab.label)}</View>
          </View>
        );
      })}
    </View>
  );
}
