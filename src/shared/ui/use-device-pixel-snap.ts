import Taro from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';

interface Offset {
  left: number;
  top: number;
}

interface Rect {
  left: number;
  top: number;
}

// Taro's page change slides the page in for ~800 ms; where the element rests is known only after.
const SETTLE_MS = [0, 900];

/**
 * The shift that puts the element with `id` on whole device pixels. A bitmap drawn 1:1 for the
 * screen (a QR code) is only shown 1:1 when its corner sits on a device pixel: text lines of
 * 22.5 CSS px above it, or centring an odd width, leave it half a pixel off, and the browser
 * then resamples it — one module a pixel narrower than the others, or grey edges. Re-measured
 * whenever `layoutKey` changes (a new bitmap, 长辈版).
 */
export function useDevicePixelSnap(id: string, pixelRatio: number, layoutKey: string): Offset {
  const [offset, setOffset] = useState<Offset>({ left: 0, top: 0 });
  const applied = useRef(offset);
  applied.current = offset;

  useEffect(() => {
    let cancelled = false;
    const measure = () => {
      try {
        Taro.createSelectorQuery()
          .select(`#${id}`)
          .boundingClientRect()
          .exec((res: unknown[]) => {
            const rect = res?.[0] as Rect | null | undefined;
            if (cancelled || !rect || typeof rect.left !== 'number') return;
            const next = {
              left: snapShift(rect.left, applied.current.left, pixelRatio),
              top: snapShift(rect.top, applied.current.top, pixelRatio),
            };
            if (Math.abs(next.left - applied.current.left) > 1e-3 || Math.abs(next.top - applied.current.top) > 1e-3) setOffset(next);
          });
      } catch {
        // No layout to read (a render-only host): the bitmap stays where layout put it.
      }
    };
    const timers = SETTLE_MS.map((ms) => setTimeout(measure, ms));
    return () => {
      cancelled = true;
      timers.forEach(clearTimeout);
    };
  }, [id, pixelRatio, layoutKey]);

  return offset;
}

/**
 * The shift (CSS px, in [0, 1/ratio]) that moves a box measured at `measured` onto a device
 * pixel, in layout's own 1/64 px steps (a finer one would be rounded away).
 */
export function snapShift(measured: number, alreadyShifted: number, pixelRatio: number): number {
  const natural = measured - alreadyShifted;
  const devicePixels = natural * pixelRatio;
  const shift = (Math.ceil(devicePixels - 1e-6) - devicePixels) / pixelRatio;
  return Math.round(shift * 64) / 64;
}
