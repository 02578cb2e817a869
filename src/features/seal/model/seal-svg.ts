/**
 * The round red seal as an SVG data URI for <Image> (both targets draw SVG images): the ring, the
 * enterprise name along the upper arc, a five-pointed star and the kind below — the same layout
 * the node draws into a stamped PDF.
 */
const RED = '#d61a1c';

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c);
}

function star(cx: number, cy: number, r: number): string {
  const points: string[] = [];
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 === 0 ? r : r * 0.382;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push(`${(cx + radius * Math.cos(angle)).toFixed(1)},${(cy + radius * Math.sin(angle)).toFixed(1)}`);
  }
  return points.join(' ');
}

export function sealSvg(name: string, kind: string): string {
  const size = 200;
  const c = size / 2;
  const chars = Array.from(name);
  const fontSize = Math.min(26, (Math.PI * 88 * 1.1) / Math.max(chars.length, 1));
  const textR = 100 - 16 - fontSize * 0.9;
  // An arc from lower left over the top to lower right: text on it reads clockwise.
  const start = (210 * Math.PI) / 180;
  const end = (-30 * Math.PI) / 180;
  const arc = `M ${(c + textR * Math.cos(start)).toFixed(1)} ${(c - textR * Math.sin(start)).toFixed(1)} A ${textR} ${textR} 0 1 1 ${(c + textR * Math.cos(end)).toFixed(1)} ${(c - textR * Math.sin(end)).toFixed(1)}`;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">` +
    `<defs><path id="a" d="${arc}"/></defs>` +
    `<circle cx="${c}" cy="${c}" r="${c - 6}" fill="none" stroke="${RED}" stroke-width="7"/>` +
    `<polygon points="${star(c, c, 26)}" fill="${RED}"/>` +
    `<text fill="${RED}" font-size="${fontSize.toFixed(1)}" font-weight="bold" font-family="serif"><textPath href="#a" startOffset="50%" text-anchor="middle">${escapeXml(name)}</textPath></text>` +
    `<text x="${c}" y="${c + 56}" fill="${RED}" font-size="18" font-weight="bold" text-anchor="middle" font-family="serif">${escapeXml(kind)}</text>` +
    '</svg>';
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
