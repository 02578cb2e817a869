import { act, render, screen } from '@testing-library/react';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { devicePixelRatio } from '@/shared/platform/pixel-ratio';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { LiveQr } from '@/shared/ui/live-qr';

const PAYLOAD = 'GSC1:NCFOXN*TS0BI$ZD.P9UKD3/SE*1LP4U9N%2K+LH4FM0HK2GQ9/3M%W9R02*+EEMJ*0K4C0ALAC1';

function shown() {
  const img = screen.getByLabelText('政务服务码二维码') as HTMLImageElement;
  const src = img.getAttribute('src') ?? '';
  const png = PNG.sync.read(Buffer.from(src.replace(/^data:image\/png;base64,/, ''), 'base64'));
  return { img, src, png };
}

beforeAll(() => {
  // A 3× phone (H5 reads window.devicePixelRatio).
  Object.defineProperty(window, 'devicePixelRatio', { value: 3, configurable: true });
});

test('shows a PNG at exactly its own pixel size for the screen, and it scans', () => {
  usePreferencesStore.setState({ elderMode: false });
  const ratio = devicePixelRatio();
  render(<LiveQr payload={PAYLOAD} label='政务服务码二维码' now={0} caption='' />);
  const { img, src, png } = shown();
  expect(src.startsWith('data:image/png;base64,')).toBe(true);
  expect(img.style.width).toBe(`${png.width / ratio}px`);
  expect(img.style.height).toBe(`${png.height / ratio}px`);
  expect(png.width / ratio).toBeLessThanOrEqual(226);
  expect(png.width / ratio).toBeGreaterThan(200);
  expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(PAYLOAD);
});

test('长辈版 draws it larger', () => {
  usePreferencesStore.setState({ elderMode: true });
  render(<LiveQr payload={PAYLOAD} label='政务服务码二维码' now={0} caption='' />);
  const { png } = shown();
  const ratio = devicePixelRatio();
  expect(png.width / ratio).toBeGreaterThan(226);
  expect(png.width / ratio).toBeLessThanOrEqual(266);
  act(() => usePreferencesStore.setState({ elderMode: false }));
});
