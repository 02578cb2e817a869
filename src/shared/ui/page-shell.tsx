import { View } from '@tarojs/components';
import Taro, { useDidHide, useDidShow } from '@tarojs/taro';
import type { ReactNode } from 'react';
import { useEffect, useMemo, useRef } from 'react';
import { translate } from '@/shared/i18n/i18n';
import { useLanguage, useT } from '@/shared/i18n/use-t';
import { systemFontScale } from '@/shared/platform/font-scale';
import { makePageContainersFocusable } from '@/shared/platform/keyboard-access';
import { setShownTab, topPageRoute } from '@/shared/platform/shown-tab';
import { useOnline } from '@/shared/platform/use-online';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { markElderChrome, markTabBarLandmark } from './document-chrome';
import { PrivacyPrompt } from './privacy-prompt';
import { TitleBar } from './title-bar';

const TAB_KEYS = ['tab.home', 'tab.services', 'tab.code', 'tab.wallet', 'tab.mine'] as const;

interface PageShellProps {
  /** Tab pages relabel the native tab bar when the language changes. */
  tab?: boolean;
  title?: string;
  children: ReactNode;
}

/**
 * Root of every page: theme (长辈版, system font scale), language, offline banner, WeChat's privacy
 * prompt, and the page's landmarks — a banner naming the page (the title a screen reader announces
 * first; below a tab page's own header, in the browser's title bar with its back control, or in the
 * mini-program's own title bar) and the main content.
 */
export function PageShell({ tab = false, title, children }: PageShellProps) {
  const elderMode = usePreferencesStore((s) => s.elderMode);
  const { lang: language, loaded } = useLanguage();
  const online = useOnline();
  const t = useT();
  const fontScale = useMemo(systemFontScale, []);

  useEffect(() => {
    // Screen readers pick their voice from the document language.
    if (process.env.TARO_ENV === 'h5') document.documentElement.lang = language;
  }, [language]);

  useEffect(makePageContainersFocusable, []);
  useEffect(() => markElderChrome(elderMode), [elderMode]);

  const relabelTabs = () => {
    // The mini-program draws its own tab bar (src/custom-tab-bar), which follows the language itself.
    if (process.env.TARO_ENV !== 'h5') return;
    TAB_KEYS.forEach((key, index) => {
      Taro.setTabBarItem({ index, text: translate(language, key) }).catch(() => undefined);
    });
  };

  // The bar's title is the shown page's: set on every show (a page further up the stack set its
  // own), and when it changes while shown (another language) or on mount (on H5 a page opened by
  // a reload can miss its first show). Never from a hidden page, whose call would retitle the
  // page in front of it.
  const shown = useRef(true);
  useEffect(() => {
    if (title && shown.current) void Taro.setNavigationBarTitle({ title });
  }, [title]);
  useDidHide(() => {
    shown.current = false;
  });
  useDidShow(() => {
    shown.current = true;
    if (title) void Taro.setNavigationBarTitle({ title });
    if (tab) {
      const route = topPageRoute();
      if (route) setShownTab(route);
      relabelTabs();
      markTabBarLandmark();
    }
  });

  // H5 fetches a non-default language's table after the first render: relabel once it is here.
  useEffect(() => {
    if (tab && loaded && language !== 'zh-CN') relabelTabs();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [tab, loaded, language]);

  return (
    <View
      className={`page${elderMode ? ' page--elder' : ''}${tab ? ' page--tab' : ''}`}
      style={{ '--font-scale': String(fontScale) } as Record<string, string>}
    >
      <View className='ui-page-banner' role='banner'>
        {title && tab && (
          <View className='ui-sr-only' role='heading' aria-level={1}>
            {title}
          </View>
        )}
        {title && !tab && <TitleBar title={title} />}
        {!online && (
          <View className='ui-offline' role='status'>
            {t('common.offline')}
          </View>
        )}
      </View>
      <View className='ui-page-main' role='main'>
        {children}
        <PrivacyPrompt />
      </View>
    </View>
  );
}
