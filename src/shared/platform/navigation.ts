import Taro from '@tarojs/taro';

export const TAB_PAGES = ['/pages/index/index', '/pages/services/index', '/pages/code/index', '/pages/wallet/index', '/pages/mine/index'] as const;

export type TabPage = (typeof TAB_PAGES)[number];

/** Tab pages must be reached with switchTab on both targets; everything else with navigateTo. */
export function go(url: string): void {
  const path = url.split('?')[0];
  if ((TAB_PAGES as readonly string[]).includes(path)) void Taro.switchTab({ url: path });
  else void Taro.navigateTo({ url });
}

export function back(fallback: TabPage = '/pages/index/index'): void {
  if (Taro.getCurrentPages().length > 1) void Taro.navigateBack();
  else void Taro.switchTab({ url: fallback });
}
