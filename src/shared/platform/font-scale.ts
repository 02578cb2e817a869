import Taro from '@tarojs/taro';

/**
 * WeChat's 关怀模式 / system font size: the mini-program reports the user's text scale and we
 * honour it (MIIT 适老化 asks for text that scales). The browser already scales text itself.
 */
export function systemFontScale(): number {
  if (process.env.TARO_ENV !== 'weapp') return 1;
  try {
    const info = Taro.getAppBaseInfo() as { fontSizeScaleFactor?: number };
    const factor = Number(info.fontSizeScaleFactor);
    return Number.isFinite(factor) && factor > 0 ? Math.min(factor, 2) : 1;
  } catch {
    return 1;
  }
}
