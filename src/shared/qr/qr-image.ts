import qrcode from 'qrcode-generator';

/**
 * A QR code as a GIF data URL, which <Image> shows on both targets. SCQR payloads are Base45
 * after an ASCII prefix, i.e. QR alphanumeric characters (scqr-v1 §1: alphanumeric mode, EC M);
 * anything else is encoded as bytes, UTF-8.
 */
export function qrDataUrl(text: string, cellSize = 6): string {
  const qr = qrcode(0, 'M');
  const alphanumeric = /^[0-9A-Z $%*+\-./:]*$/.test(text);
  if (alphanumeric) qr.addData(text, 'Alphanumeric');
  else qr.addData(utf8Latin1(text), 'Byte');
  qr.make();
  // A 4-module quiet zone, as ISO/IEC 18004 requires for reliable scanning.
  return qr.createDataURL(cellSize, cellSize * 4);
}

/** qrcode-generator's byte mode reads char codes as bytes: hand it UTF-8, one byte per char. */
function utf8Latin1(text: string): string {
  return unescape(encodeURIComponent(text));
}
