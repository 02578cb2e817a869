import { Image, View } from '@tarojs/components';
import { useMemo, useState } from 'react';
import { devicePixelRatio } from '@/shared/platform/pixel-ratio';
import { qrRaster } from '@/shared/qr/qr-image';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { useDevicePixelSnap } from './use-device-pixel-snap';

interface LiveQrProps {
  payload: string;
  label: string;
  /** Seconds since the epoch, ticking: the clock shows a live screen, not a screenshot. */
  now: number;
  /** Under the clock, e.g. "53秒后自动刷新". */
  caption: string;
  tone?: 'success' | 'primary';
  testId?: string;
}

/** The frame's inner box in CSS px (ui.scss .ui-live-qr__frame: 240 / 280 minus borders and air). */
const QR_BOX = { standard: 226, elder: 266 } as const;

let instances = 0;

function clock(sec: number): string {
  const d = new Date(sec * 1000);
  return [d.getHours(), d.getMinutes(), d.getSeconds()].map((n) => String(n).padStart(2, '0')).join(':');
}

/**
 * A QR that proves it is live: a moving sheen over the frame and a ticking clock with a pulse,
 * which a screenshot or a photo of the screen cannot reproduce. Used by 亮码 and 亮证.
 * The image is drawn for this screen's pixel ratio, shown at exactly its pixel size and nudged
 * onto whole device pixels, so no module is ever resampled (qr-image.ts).
 */
export function LiveQr({ payload, label, now, caption, tone = 'success', testId }: LiveQrProps) {
  const elder = usePreferencesStore((s) => s.elderMode);
  const ratio = useMemo(devicePixelRatio, []);
  const raster = useMemo(() => qrRaster(payload, elder ? QR_BOX.elder : QR_BOX.standard, ratio), [payload, elder, ratio]);
  const [id] = useState(() => `ui-live-qr-${(instances += 1)}`);
  const shift = useDevicePixelSnap(id, ratio, `${raster.pixels}:${elder ? 'elder' : 'standard'}`);
  const size = `${raster.cssSize}px`;
  return (
    <View>
      <View className={`ui-live-qr__frame ui-live-qr__frame--${tone}`}>
        <View className='ui-live-qr__sheen' aria-hidden />
        <Image
          id={id}
          className='ui-live-qr__image'
          src={raster.src}
          style={{ width: size, height: size, position: 'relative', left: `${shift.left}px`, top: `${shift.top}px` }}
          mode='scaleToFill'
          aria-label={label}
          nativeProps={{ alt: label }}
          data-testid={testId}
        />
      </View>
      <View className='ui-live-qr__live' role='timer'>
        <View className='ui-live-qr__pulse' aria-hidden />
        <View>{clock(now)}</View>
        <View className='ui-hint'>{caption}</View>
      </View>
    </View>
  );
}
