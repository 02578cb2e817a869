import { existsSync, readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { AppError } from '../../errors';

/**
 * The typeface the seal's enterprise name is set in: a CJK serif from the operating system
 * (Debian's fonts-noto-cjk), or SEAL_FONT (a .ttf/.otf, or a .ttc with SEAL_FONT_NAME naming the
 * face). Only the glyphs of the name are embedded in the PDF.
 */
const CANDIDATES = [
  { path: '/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc', face: 'NotoSerifCJKsc-Bold' },
  { path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc', face: 'NotoSansCJKsc-Bold' },
  { path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', face: 'NotoSansCJKsc-Regular' },
];

export interface SealFont {
  bytes: Uint8Array;
  /** pdf-lib's fontkit hook: picks the face out of a collection. */
  fontkit: { create: (data: Uint8Array) => unknown };
}

let cached: SealFont | null = null;

export function sealFont(): SealFont {
  if (cached) return cached;
  const configured = process.env.SEAL_FONT ? [{ path: process.env.SEAL_FONT, face: process.env.SEAL_FONT_NAME }] : [];
  const found = [...configured, ...CANDIDATES].find((c) => existsSync(c.path));
  // A node without the font still serves everything else; stamping answers 503 until the operator
  // installs fonts-noto-cjk or sets SEAL_FONT (server/README), instead of failing as a 500.
  if (!found) throw new AppError('NOT_READY', 'Stamping is not available on this node');
  const bytes = new Uint8Array(readFileSync(found.path));
  const face = found.face;
  // Parsing a CJK collection takes about a second: parse once, and hand pdf-lib the same face each time.
  const parsed = face ? fontkit.create(Buffer.from(bytes), face) : fontkit.create(Buffer.from(bytes));
  cached = { bytes, fontkit: { create: () => parsed } };
  return cached;
}
