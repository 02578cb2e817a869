import Taro from '@tarojs/taro';

/** Device pixels per CSS pixel, so a bitmap can be drawn 1:1 with the screen (see qr-image.ts). */
export function devicePixelRatio(): number {
  if (process.env.TARO_ENV === 'h5') return typeof window !== 'undefined' && window.devicePixelRatio > 0 ? window.devicePixelRatio : 1;
  try {
    // getWindowInfo replaces the deprecated getSystemInfoSync (base library 2.20.1+).
    const ratio = Taro.getWindowInfo().pixelRatio;
    return ratio > 0 ? ratio : 2;
  } catch {
    return 2;
  }
}
