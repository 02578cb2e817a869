import qrcode from 'qrcode-generator';

/**
 * A QR code as an SVG data URI, which <Image> shows on both targets, sharp at any size (a bitmap
 * GIF costs ~30 ms to encode in the browser; the SVG is a string built in ~1 ms). SCQR payloads
 * are Base45 after an ASCII prefix, i.e. QR alphanumeric characters (scqr-v1 §1: alphanumeric
 * mode, EC M); anything else is encoded as bytes, UTF-8. No btoa: the mini-program has none.
 */
export function qrDataUrl(text: string): string {
  const qr = qrcode(0, 'M');
  const alphanumeric = /^[0-9A-Z $%*+\-./:]*$/.test(text);
  if (alphanumeric) qr.addData(text, 'Alphanumeric');
  else qr.addData(utf8Latin1(text), 'Byte');
  qr.make();
  // A 4-module quiet zone, as ISO/IEC 18004 requires for reliable scanning.
  const svg = qr.createSvgTag({ cellSize: 4, margin: 16, scalable: true });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** qrcode-generator's byte mode reads char codes as bytes: hand it UTF-8, one byte per char. */
function utf8Latin1(text: string): string {
  return unescape(encodeURIComponent(text));
}
