import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** Reads the QR code in a PNG screenshot, as a verifier's camera would. */
export function decodeQrFromPng(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  const found = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
  return found?.data ?? null;
}
