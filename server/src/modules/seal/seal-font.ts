import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { AppError } from '../../errors';
import { woffToSfnt } from './woff-to-sfnt';

/**
 * The typeface the seal's enterprise name is set in: Noto Serif SC Bold, shipped with the app
 * through @fontsource/noto-serif-sc (SIL OFL), so a node stamps with no operating-system CJK font.
 * Fontsource splits the face by Unicode range: its "chinese-simplified" file holds the ~8,000
 * characters of everyday simplified Chinese, and a character outside it (a rare one in a name) is
 * taken from the numbered range file that holds it. SEAL_FONT (a .ttf/.otf, or a .ttc with
 * SEAL_FONT_NAME naming the face) replaces all of this with one font of the operator's choice.
 * Only the glyphs drawn are embedded in the PDF.
 */

export interface SealFace {
  /** Names the face, so a document embeds each one once. */
  key: string;
  bytes: Uint8Array;
  /** The face as fontkit parsed it, for pdf-lib's fontkit hook. */
  parsed: unknown;
  hasGlyph(codePoint: number): boolean;
}

export interface SealTypeface {
  /** The face that draws `char`: the main one, or the range file holding it. */
  faceFor(char: string): SealFace;
}

interface ParsedFont {
  hasGlyphForCodePoint(codePoint: number): boolean;
}

function loadFace(key: string, file: string, postscriptName?: string): SealFace {
  const raw = readFileSync(file);
  const bytes = new Uint8Array(raw.toString('latin1', 0, 4) === 'wOFF' ? woffToSfnt(raw) : raw);
  // Parsing takes a noticeable time for a CJK face: parse once, and stamp after stamp reuse it.
  const parsed = (postscriptName ? fontkit.create(Buffer.from(bytes), postscriptName) : fontkit.create(Buffer.from(bytes))) as unknown as ParsedFont;
  return { key, bytes, parsed, hasGlyph: (cp) => parsed.hasGlyphForCodePoint(cp) };
}

const PACKAGE = '@fontsource/noto-serif-sc';
const WEIGHT = 700;

/** `U+4e00-4e0f,U+4e11` → [[0x4e00, 0x4e0f], [0x4e11, 0x4e11]] */
function parseRanges(text: string): [number, number][] {
  return text.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(from, 16), parseInt(to ?? from, 16)] as [number, number];
  });
}

function shippedTypeface(): SealTypeface {
  const require = createRequire(import.meta.url);
  const root = path.dirname(require.resolve(`${PACKAGE}/package.json`));
  const fileOf = (subset: string) => path.join(root, 'files', `noto-serif-sc-${subset}-${WEIGHT}-normal.woff`);
  const main = loadFace('chinese-simplified', fileOf('chinese-simplified'));
  const ranges = Object.entries(JSON.parse(readFileSync(path.join(root, 'unicode.json'), 'utf8')) as Record<string, string>).map(([name, text]) => ({
    subset: name.replace(/^\[(\d+)\]$/, '$1'),
    ranges: parseRanges(text),
  }));
  const loaded = new Map<string, SealFace>();
  return {
    faceFor(char) {
      const cp = char.codePointAt(0) ?? 0;
      if (main.hasGlyph(cp)) return main;
      const holder = ranges.find((r) => r.ranges.some(([from, to]) => cp >= from && cp <= to));
      if (!holder) return main;
      let face = loaded.get(holder.subset);
      if (!face) {
        face = loadFace(holder.subset, fileOf(holder.subset));
        loaded.set(holder.subset, face);
      }
      return face;
    },
  };
}

function configuredTypeface(file: string, faceName: string | undefined): SealTypeface {
  // A configured font that is missing is the operator's to fix: stamping answers 503 meanwhile.
  if (!existsSync(file)) throw new AppError('NOT_READY', 'Stamping is not available on this node');
  const face = loadFace('configured', file, faceName);
  return { faceFor: () => face };
}

let cached: { source: string; typeface: SealTypeface } | null = null;

export function sealTypeface(): SealTypeface {
  const source = process.env.SEAL_FONT ? `${process.env.SEAL_FONT}#${process.env.SEAL_FONT_NAME ?? ''}` : PACKAGE;
  if (cached?.source === source) return cached.typeface;
  const typeface = process.env.SEAL_FONT ? configuredTypeface(process.env.SEAL_FONT, process.env.SEAL_FONT_NAME || undefined) : shippedTypeface();
  cached = { source, typeface };
  return typeface;
}
