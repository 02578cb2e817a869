/**
 * Draws the H5 app's install icons (web manifest, home screen): a QR-code mark in white on the
 * theme blue, kept inside the central 80 % so the icon is also "maskable" (Android crops it to
 * a circle or squircle). Run once after changing the shape; the PNGs are committed under
 * src/assets/app/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';

const BLUE = [0x14, 0x52, 0xc2];
const WHITE = [0xff, 0xff, 0xff];

const inRect = (x: number, y: number, x0: number, y0: number, x1: number, y1: number) => x >= x0 && x < x1 && y >= y0 && y < y1;

/** The mark on a 100-unit grid: three finder patterns and a few modules, centred in 30..70. */
function mark(u: number, v: number): boolean {
  const finder = (x0: number, y0: number) =>
    (inRect(u, v, x0, y0, x0 + 14, y0 + 14) && !inRect(u, v, x0 + 3, y0 + 3, x0 + 11, y0 + 11)) || inRect(u, v, x0 + 5, y0 + 5, x0 + 9, y0 + 9);
  const modules = [[52, 52], [60, 52], [52, 60], [60, 60], [56, 56], [47, 30], [30, 47]].some(([mx, my]) => inRect(u, v, mx, my, mx + 4, my + 4));
  return finder(30, 30) || finder(56, 30) || finder(30, 56) || modules;
}

function draw(size: number): Buffer {
  const png = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const [r, g, b] = mark((x / size) * 100, (y / size) * 100) ? WHITE : BLUE;
      const i = (y * size + x) * 4;
      png.data[i] = r;
      png.data[i + 1] = g;
      png.data[i + 2] = b;
      png.data[i + 3] = 0xff;
    }
  }
  return PNG.sync.write(png);
}

const dir = path.resolve(__dirname, '..', 'src', 'assets', 'app');
mkdirSync(dir, { recursive: true });
for (const size of [192, 512]) writeFileSync(path.join(dir, `icon-${size}.png`), draw(size));
console.log(`icons written to ${dir}`);
