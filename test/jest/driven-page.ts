import { act } from '@testing-library/react';
import type * as TaroStandIn from './taro';

/**
 * A page whose show and hide each test drives itself, for hooks that must not rely on the first
 * show (on H5 a reloaded page can miss it). In a test file:
 *   jest.mock('@tarojs/taro', () => jest.requireActual<typeof DrivenPage>('@test/jest/driven-page').taroWithDrivenPage());
 */
const listeners = { show: [] as (() => void)[], hide: [] as (() => void)[] };

export function taroWithDrivenPage() {
  const standIn = jest.requireActual<typeof TaroStandIn>('./taro');
  return {
    __esModule: true,
    ...standIn,
    useDidShow: (fn: () => void) => void listeners.show.push(fn),
    useDidHide: (fn: () => void) => void listeners.hide.push(fn),
  };
}

/** Forgets the listeners of earlier renders; call before each test. */
export function resetDrivenPage(): void {
  listeners.show.length = 0;
  listeners.hide.length = 0;
}

// The latest render's listener stands for the page (a hook re-registers on every render).
export const showPage = () => act(() => listeners.show.at(-1)?.());
export const hidePage = () => act(() => listeners.hide.at(-1)?.());
