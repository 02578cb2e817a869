/**
 * Draws the five tab-bar icons (WeChat's tab bar takes PNG files only, 81×81 recommended) in the
 * idle grey and the selected blue of the theme. Run once after changing a shape; the PNGs are
 * committed under src/assets/tab/.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';

const SIZE = 81;
const IDLE = [0x4b, 0x55, 0x63];
const ACTIVE = [0x14, 0x52, 0xc2];

type Shape = (x: number, y: number) => boolean;

const inRect = (x: number, y: number, x0: number, y0: number, x1: number, y1: number) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
const inCircle = (x: number, y: number, cx: number, cy: number, r: number) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const ring = (x: number, y: number, x0: number, y0: number, x1: number, y1: number, w: number) =>
  inRect(x, y, x0, y0, x1, y1) && !inRect(x, y, x0 + w, y0 + w, x1 - w, y1 - w);

const SHAPES: Record<string, Shape> = {
  // A house: roof triangle and body with a door.
  home: (x, y) => {
    const roof = y >= 12 && y <= 40 && Math.abs(x - 40) <= (y - 12) * 1.15;
    const body = inRect(x, y, 18, 38, 62, 68) && !inRect(x, y, 34, 50, 46, 68);
    return roof || body;
  },
  // Four tiles: the service catalogue.
  services: (x, y) => [14, 44].some((x0) => [14, 44].some((y0) => inRect(x, y, x0, y0, x0 + 22, y0 + 22))),
  // Three finder patterns and a few modules: a QR code.
  code: (x, y) => {
    const finder = (x0: number, y0: number) => ring(x, y, x0, y0, x0 + 22, y0 + 22, 5) || inRect(x, y, x0 + 8, y0 + 8, x0 + 14, y0 + 14);
    const modules = [[46, 46], [58, 46], [46, 58], [58, 58], [52, 52]].some(([mx, my]) => inRect(x, y, mx, my, mx + 6, my + 6));
    return finder(12, 12) || finder(46, 12) || finder(12, 46) || modules;
  },
  // A card with a photo and two lines: an e-certificate.
  wallet: (x, y) => {
    const card = ring(x, y, 10, 18, 70, 62, 5);
    const photo = inRect(x, y, 18, 28, 34, 48);
    const lines = inRect(x, y, 40, 30, 62, 34) || inRect(x, y, 40, 42, 58, 46);
    return card || photo || lines;
  },
  // Head and shoulders.
  mine: (x, y) => inCircle(x, y, 40, 28, 13) || (y >= 46 && y <= 68 && inCircle(x, y, 40, 72, 28)),
};

const outDir = path.resolve(__dirname, '..', 'src', 'assets', 'tab');
for (const [name, shape] of Object.entries(SHAPES)) {
  for (const [suffix, rgb] of [['', IDLE], ['-active', ACTIVE]] as const) {
    const png = new PNG({ width: SIZE, height: SIZE });
    for (let y = 0; y < SIZE; y += 1) {
      for (let x = 0; x < SIZE; x += 1) {
        const i = (y * SIZE + x) * 4;
        // 2×2 supersampling for smoother edges.
        let hits = 0;
        for (const dy of [0.25, 0.75]) for (const dx of [0.25, 0.75]) if (shape(x + dx, y + dy)) hits += 1;
        png.data[i] = rgb[0];
        png.data[i + 1] = rgb[1];
        png.data[i + 2] = rgb[2];
        png.data[i + 3] = Math.round((hits / 4) * 255);
      }
    }
    writeFileSync(path.join(outDir, `${name}${suffix}.png`), PNG.sync.write(png));
  }
}
console.log(`wrote ${Object.keys(SHAPES).length * 2} icons to ${outDir}`);
