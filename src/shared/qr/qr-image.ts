import { zlibSync } from 'fflate';
import qrcode from 'qrcode-generator';
import { encodeBase64 } from '@scqr/base64';

/**
 * A QR code as a 1-bit PNG data URI drawn at the size it is shown in *device* pixels, with every
 * module a whole number of device pixels and a 4-module quiet zone (ISO/IEC 18004). Shown at that
 * size, no image scaling happens, so modules stay sharp on any screen density; a scaled bitmap
 * is blurred by smoothing, and WeChat's <image> does not promise to honour an SVG's percentage
 * size. The PNG is a few KB where the SVG was 44–168 KB of percent-encoded text, which kept the
 * code pages' setData calls above WeChat's 256 KB audit limit. No btoa or TextEncoder: the
 * mini-program has neither.
 */
export interface QrRaster {
  /** data:image/png;base64,… */
  src: string;
  /** Width and height of the PNG in (device) pixels. */
  pixels: number;
  /** The CSS width and height to show it at: pixels / pixelRatio. */
  cssSize: number;
  /** Modules per side, without the quiet zone. */
  modules: number;
  /** Device pixels per module. */
  moduleSize: number;
  /** Light pixels added around the quiet zone on each side (see qrRaster). */
  margin: number;
}

export const QUIET_ZONE_MODULES = 4;

/** The dark/light modules of a code for `text` (scqr-v1 §1: alphanumeric mode when possible, EC M). */
export function qrMatrix(text: string): boolean[][] {
  const qr = qrcode(0, 'M');
  const alphanumeric = /^[0-9A-Z $%*+\-./:]*$/.test(text);
  if (alphanumeric) qr.addData(text, 'Alphanumeric');
  else qr.addData(utf8Latin1(text), 'Byte');
  qr.make();
  const n = qr.getModuleCount();
  const rows: boolean[][] = [];
  for (let r = 0; r < n; r += 1) {
    const row: boolean[] = [];
    for (let c = 0; c < n; c += 1) row.push(qr.isDark(r, c));
    rows.push(row);
  }
  return rows;
}

/**
 * The code for `text` at most `maxCssSize` CSS pixels wide on a screen of `pixelRatio` device
 * pixels per CSS pixel (at least one device pixel per module, so a tiny box still scans).
 *
 * The image's CSS size must land exactly on device pixels, or the browser resamples it: on a
 * 2.625× or 2.75× screen most pixel counts give a CSS size (585 / 2.625 = 222.857…) that layout
 * rounds to its 1/64 px unit, and the code is drawn 584.96 px wide — some modules a pixel
 * narrower. So the image is the largest pixel count whose CSS size is a whole number of 1/64 px
 * (a multiple of 21 px at 2.625×, of 11 px at 2.75×), the modules as large as fit in it, and the
 * few pixels left over added to the quiet zone.
 */
export function qrRaster(text: string, maxCssSize: number, pixelRatio: number): QrRaster {
  const matrix = qrMatrix(text);
  const modules = matrix.length;
  const side = modules + 2 * QUIET_ZONE_MODULES;
  const ratio = pixelRatio > 0 && Number.isFinite(pixelRatio) ? pixelRatio : 1;
  let pixels = Math.max(side, Math.floor(maxCssSize * ratio + 1e-9));
  while (pixels > side && !exactInLayout(pixels / ratio)) pixels -= 1;
  const moduleSize = Math.max(1, Math.floor(pixels / side));
  pixels = Math.max(pixels, side * moduleSize);
  const margin = Math.floor((pixels - side * moduleSize) / 2);
  const png = encodePng1Bit(matrix, moduleSize, QUIET_ZONE_MODULES, pixels, margin);
  return { src: `data:image/png;base64,${encodeBase64(png)}`, pixels, cssSize: pixels / ratio, modules, moduleSize, margin };
}

/** Browsers lay out in 1/64 CSS px (Chromium's LayoutUnit, WebKit's too): a size they keep as given. */
function exactInLayout(cssSize: number): boolean {
  const units = cssSize * 64;
  return Math.abs(units - Math.round(units)) < 1e-6;
}

/**
 * The 亮码 size on a 3× phone: what the benchmark and scripts time, and a sensible default when
 * the caller does not know the screen.
 */
export function qrDataUrl(text: string): string {
  return qrRaster(text, 226, 3).src;
}

/** qrcode-generator's byte mode reads char codes as bytes: hand it UTF-8, one byte per char. */
function utf8Latin1(text: string): string {
  return unescape(encodeURIComponent(text));
}

/**
 * Grayscale, bit depth 1 (0 = black, 1 = white). Each module row becomes `scale` identical pixel
 * rows: the first with filter None, the rest with filter Up, i.e. all zero bytes, which deflate
 * folds into a few bytes.
 */
function encodePng1Bit(matrix: boolean[][], scale: number, quiet: number, side: number, margin: number): Uint8Array {
  const rowBytes = Math.ceil(side / 8);
  const stride = rowBytes + 1;
  const raw = new Uint8Array(stride * side);
  const light = new Uint8Array(rowBytes).fill(0xff);
  for (let y = 0; y < side; y += 1) {
    const offset = y * stride;
    const moduleRow = Math.floor((y - margin) / scale) - quiet;
    if (y > margin && (y - margin) % scale !== 0) {
      raw[offset] = 2;
      continue;
    }
    raw[offset] = 0;
    raw.set(light, offset + 1);
    const row = matrix[moduleRow];
    if (!row) continue;
    for (let c = 0; c < row.length; c += 1) {
      if (!row[c]) continue;
      const start = margin + (c + quiet) * scale;
      for (let x = start; x < start + scale; x += 1) raw[offset + 1 + (x >> 3)] &= ~(0x80 >> (x & 7));
    }
  }
  // Padding bits at the end of each row are white already (fill(0xff)) and outside the image.
  const ihdr = new Uint8Array(13);
  writeU32(ihdr, 0, side);
  writeU32(ihdr, 4, side);
  ihdr[8] = 1; // bit depth
  ihdr[9] = 0; // grayscale
  const chunks = [chunk('IHDR', ihdr), chunk('IDAT', zlibSync(raw, { level: 9 })), chunk('IEND', new Uint8Array(0))];
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  const out = new Uint8Array(signature.length + chunks.reduce((n, c) => n + c.length, 0));
  out.set(signature, 0);
  let at = signature.length;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function writeU32(buf: Uint8Array, at: number, value: number): void {
  buf[at] = (value >>> 24) & 0xff;
  buf[at + 1] = (value >>> 16) & 0xff;
  buf[at + 2] = (value >>> 8) & 0xff;
  buf[at + 3] = value & 0xff;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  writeU32(out, 0, data.length);
  for (let i = 0; i < 4; i += 1) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  writeU32(out, 8 + data.length, crc32(out, 4, 8 + data.length));
  return out;
}

let crcTable: Uint32Array | null = null;
function crc32(buf: Uint8Array, from: number, to: number): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n += 1) {
      let c = n;
      for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = from; i < to; i += 1) crc = crcTable[(crc ^ buf[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
