import Taro from '@tarojs/taro';

/**
 * While a code is on screen: full brightness and no sleep, so any scanner reads it; on weapp the
 * code is also hidden from screenshots and recordings (a screenshot of a code is a way to lend it),
 * and a capture triggers `onCapture`. Returns the function that gives everything back.
 */
export function holdScreenForCode(onCapture: () => void): () => void {
  if (process.env.TARO_ENV === 'h5') {
    let lock: { release: () => Promise<void> } | null = null;
    const nav = navigator as Navigator & { wakeLock?: { request: (type: 'screen') => Promise<{ release: () => Promise<void> }> } };
    nav.wakeLock
      ?.request('screen')
      .then((l) => {
        lock = l;
      })
      .catch(() => undefined);
    return () => void lock?.release().catch(() => undefined);
  }

  let previous: number | null = null;
  Taro.getScreenBrightness({ success: (r) => (previous = r.value) });
  void Taro.setScreenBrightness({ value: 1 }).catch(() => undefined);
  void Taro.setKeepScreenOn({ keepScreenOn: true }).catch(() => undefined);
  const setVisualEffect = (Taro as unknown as { setVisualEffectOnCapture?: (o: { visualEffect: 'hidden' | 'none' }) => void })
    .setVisualEffectOnCapture;
  setVisualEffect?.({ visualEffect: 'hidden' });
  Taro.onUserCaptureScreen(onCapture);
  return () => {
    if (previous !== null) void Taro.setScreenBrightness({ value: previous }).catch(() => undefined);
    void Taro.setKeepScreenOn({ keepScreenOn: false }).catch(() => undefined);
    setVisualEffect?.({ visualEffect: 'none' });
    Taro.offUserCaptureScreen(onCapture);
  };
}
