import { useDidHide, useDidShow } from '@tarojs/taro';
import { useCallback, useEffect, useRef } from 'react';
import { holdScreenForCode } from '@/shared/platform/screen';

/**
 * Holds the screen for a code (see `holdScreenForCode`) while `codeUp` and the page is on screen:
 * given back when the page hides or unmounts or the code goes, taken again when it shows. Taken on
 * mount as well as on show, because on H5 a page opened by a reload can miss its first show; a show
 * while the screen is already held takes nothing twice.
 */
export function useCodeScreen(codeUp: boolean, onCapture: () => void): void {
  const release = useRef<(() => void) | null>(null);
  const latest = useRef({ codeUp, onCapture });
  latest.current = { codeUp, onCapture };

  const hold = useCallback(() => {
    if (release.current || !latest.current.codeUp) return;
    release.current = holdScreenForCode(() => latest.current.onCapture());
  }, []);
  const giveBack = useCallback(() => {
    release.current?.();
    release.current = null;
  }, []);

  useEffect(() => {
    if (!codeUp) return undefined;
    hold();
    return giveBack;
  }, [codeUp, hold, giveBack]);
  useDidShow(hold);
  useDidHide(giveBack);
}
