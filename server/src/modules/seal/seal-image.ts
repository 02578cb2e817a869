import { degrees, rgb, type PDFFont, type PDFPage } from 'pdf-lib';

/** 印章红: the vermilion of official seals. */
export const SEAL_RED = rgb(0.84, 0.1, 0.11);

const STAR_POINTS = 5;

function starPath(radius: number): string {
  const inner = radius * 0.382;
  const points: string[] = [];
  for (let i = 0; i < STAR_POINTS * 2; i++) {
    const r = i % 2 === 0 ? radius : inner;
    const angle = -Math.PI / 2 + (i * Math.PI) / STAR_POINTS;
    points.push(`${(r * Math.cos(angle)).toFixed(2)} ${(r * Math.sin(angle)).toFixed(2)}`);
  }
  return `M ${points.join(' L ')} Z`;
}

/**
 * The round seal: a red ring, the enterprise name along the upper arc (clockwise from the left, as
 * carved seals read), a five-pointed star in the middle and the seal's kind below it. Drawn as
 * vectors, so it prints sharp at any size. (cx, cy) is the centre, `size` the diameter, in points.
 */
export function drawRoundSeal(page: PDFPage, fontFor: (char: string) => PDFFont, input: { cx: number; cy: number; size: number; name: string; kind: string }): void {
  const { cx, cy, size, name, kind } = input;
  const r = size / 2;
  page.drawCircle({ x: cx, y: cy, size: r - size * 0.02, borderColor: SEAL_RED, borderWidth: size * 0.035, borderOpacity: 0.9 });
  // SVG paths are drawn with y pointing down from (x, y).
  page.drawSvgPath(starPath(r * 0.26), { x: cx, y: cy, color: SEAL_RED, opacity: 0.9 });

  const chars = Array.from(name);
  const fontSize = Math.min(size * 0.13, (Math.PI * r * 1.1) / Math.max(chars.length, 1));
  const textRadius = r - size * 0.08 - fontSize;
  // The name spans up to 240° of the upper arc, centred on the top.
  const span = Math.min((240 * Math.PI) / 180, (chars.length * fontSize * 1.05) / textRadius);
  chars.forEach((ch, i) => {
    const theta = Math.PI / 2 + span / 2 - (chars.length === 1 ? span / 2 : (i * span) / (chars.length - 1));
    const font = fontFor(ch);
    const width = font.widthOfTextAtSize(ch, fontSize);
    // Upright along the tangent: rotated so the glyph's baseline is perpendicular to the radius.
    const rotation = theta - Math.PI / 2;
    const x = cx + textRadius * Math.cos(theta) - (width / 2) * Math.cos(rotation);
    const y = cy + textRadius * Math.sin(theta) - (width / 2) * Math.sin(rotation);
    page.drawText(ch, { x, y, size: fontSize, font, color: SEAL_RED, rotate: degrees((rotation * 180) / Math.PI), opacity: 0.9 });
  });

  const kindSize = size * 0.1;
  const kindChars = Array.from(kind).map((ch) => ({ ch, font: fontFor(ch) }));
  const widths = kindChars.map(({ ch, font }) => font.widthOfTextAtSize(ch, kindSize));
  let x = cx - widths.reduce((sum, w) => sum + w, 0) / 2;
  kindChars.forEach(({ ch, font }, i) => {
    page.drawText(ch, { x, y: cy - r * 0.55, size: kindSize, font, color: SEAL_RED, opacity: 0.9 });
    x += widths[i];
  });
}
