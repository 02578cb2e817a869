import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** Reads the QR code in a PNG screenshot, as a verifier's camera would. */
export function decodeQrFromPng(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  const found = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
  return found?.data ?? null;
}

export interface QrModuleGrid {
  /** Device pixels per module, read from the top-left finder pattern (7 modules wide). */
  moduleSize: number;
  /** Modules per side, from the dark area's width. */
  modules: number;
  /** Modules whose pixels are not all one colour: a code resampled or placed between device pixels. */
  mixedModules: number;
  /** Dark pixels in the 4-module quiet zone around the code. */
  quietZoneDarkPixels: number;
}

/**
 * How a QR code inside `region` (device pixels) of a screenshot lies on the screen's pixel grid.
 * A code drawn 1:1 on whole device pixels has every module a uniform square of one colour; a code
 * shown at a fractional size or position has modules one pixel wider than others or grey edges,
 * which a camera or a screenshot reader may misread.
 */
export function qrModuleGrid(png: Buffer, region: { x: number; y: number; width: number; height: number }): QrModuleGrid {
  const image = PNG.sync.read(png);
  const dark = (x: number, y: number) => {
    const i = (y * image.width + x) * 4;
    return 0.299 * image.data[i] + 0.587 * image.data[i + 1] + 0.114 * image.data[i + 2] < 128;
  };
  const x1 = Math.min(image.width, region.x + region.width);
  const y1 = Math.min(image.height, region.y + region.height);
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -1;
  let maxY = -1;
  for (let y = Math.max(0, region.y); y < y1; y += 1) {
    for (let x = Math.max(0, region.x); x < x1; x += 1) {
      if (!dark(x, y)) continue;
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    }
  }
  if (maxX < 0) throw new Error('no code in the region');
  let finderRun = 0;
  while (dark(minX + finderRun, minY)) finderRun += 1;
  const moduleSize = finderRun / 7;
  const modules = (maxX - minX + 1) / moduleSize;
  let mixedModules = 0;
  const m = Math.round(moduleSize);
  const n = Math.round(modules);
  for (let r = 0; r < n; r += 1) {
    for (let c = 0; c < n; c += 1) {
      const first = dark(minX + c * m, minY + r * m);
      let mixed = false;
      for (let dy = 0; dy < m && !mixed; dy += 1) {
        for (let dx = 0; dx < m && !mixed; dx += 1) mixed = dark(minX + c * m + dx, minY + r * m + dy) !== first;
      }
      if (mixed) mixedModules += 1;
    }
  }
  let quietZoneDarkPixels = 0;
  const quiet = 4 * m;
  for (let y = minY - quiet; y <= maxY + quiet; y += 1) {
    for (let x = minX - quiet; x <= maxX + quiet; x += 1) {
      const inside = x >= minX && x <= maxX && y >= minY && y <= maxY;
      if (inside || x < 0 || y < 0 || x >= image.width || y >= image.height) continue;
      if (dark(x, y)) quietZoneDarkPixels += 1;
    }
  }
  return { moduleSize, modules, mixedModules, quietZoneDarkPixels };
}
