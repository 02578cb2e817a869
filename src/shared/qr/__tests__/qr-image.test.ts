/** @jest-environment node */
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { QUIET_ZONE_MODULES, qrMatrix, qrRaster } from '@/shared/qr/qr-image';

const PAYLOAD = 'GSC1:6BFOXN*TS0BI$ZD.P9UKD3/SE*1LP4U9N%2K+LH4FM0HK2GQ9/3M%W9R02*+EEMJ*0K4C0ALAC1';

function decodePng(src: string) {
  const png = PNG.sync.read(Buffer.from(src.replace(/^data:image\/png;base64,/, ''), 'base64'));
  return png;
}

describe('qrRaster', () => {
  it.each([1, 2, 2.625, 2.75, 3, 4])('draws whole device pixels per module at pixel ratio %p and scans back', (ratio) => {
    const raster = qrRaster(PAYLOAD, 226, ratio);
    const side = raster.modules + 2 * QUIET_ZONE_MODULES;
    expect(Number.isInteger(raster.moduleSize)).toBe(true);
    // The code, its quiet zone and the margin that fills the image (one pixel more on one side when odd).
    expect(raster.pixels - side * raster.moduleSize - 2 * raster.margin).toBeGreaterThanOrEqual(0);
    expect(raster.pixels - side * raster.moduleSize - 2 * raster.margin).toBeLessThanOrEqual(1);
    expect(raster.cssSize).toBeLessThanOrEqual(226);
    // Its CSS size is one layout keeps exactly (whole 1/64 px), so it is drawn 1:1.
    expect(Number.isInteger(Math.round(raster.cssSize * 64 * 1e6) / 1e6)).toBe(true);
    // Not much smaller than asked for: the largest whole module size that fits such an image.
    expect((raster.moduleSize + 1) * side).toBeGreaterThan(raster.pixels);
    expect(raster.pixels).toBeGreaterThan(226 * ratio - 64);

    const png = decodePng(raster.src);
    expect(png.width).toBe(raster.pixels);
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(code?.data).toBe(PAYLOAD);
  });

  it.each([3, 2.625])('puts every module on its own block of identical pixels, with a light quiet zone (pixel ratio %p)', (ratio) => {
    const raster = qrRaster(PAYLOAD, 226, ratio);
    const png = decodePng(raster.src);
    const matrix = qrMatrix(PAYLOAD);
    const m = raster.moduleSize;
    const at = raster.margin;
    const dark = (x: number, y: number) => png.data[(y * png.width + x) * 4] === 0;
    for (let y = 0; y < png.height; y += 1) {
      for (let x = 0; x < png.width; x += 1) {
        const r = Math.floor((y - at) / m) - QUIET_ZONE_MODULES;
        const c = Math.floor((x - at) / m) - QUIET_ZONE_MODULES;
        const expected = matrix[r]?.[c] ?? false;
        if (dark(x, y) !== expected) throw new Error(`pixel ${x},${y} should be ${expected ? 'dark' : 'light'}`);
      }
    }
  });

  it('is a small image: a few KB, not tens', () => {
    const raster = qrRaster(PAYLOAD.repeat(4), 266, 4);
    expect(raster.src.length).toBeLessThan(8 * 1024);
  });
});
