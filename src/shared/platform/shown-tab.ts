import Taro from '@tarojs/taro';
import { useSyncExternalStore } from 'react';

/**
 * Which tab page is on screen, for the mini-program's own tab bar (src/custom-tab-bar). WeChat
 * gives each tab page its own copy of the bar and does not tell it when its page comes back, so
 * the page says so when it is shown (page-shell.tsx) and every copy follows.
 */
let shown: string | null = null;
const listeners = new Set<() => void>();

export function setShownTab(route: string): void {
  if (route === shown) return;
  shown = route;
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The route of the tab page on screen (`/pages/mine/index`), or null before one was shown. */
export function useShownTab(): string | null {
  return useSyncExternalStore(subscribe, () => shown, () => shown);
}

/** The route of the page on top of the stack (`/pages/mine/index`), or null when none is open. */
export function topPageRoute(): string | null {
  const pages = Taro.getCurrentPages();
  const route = pages[pages.length - 1]?.route;
  return route ? `/${route}` : null;
}
