/**
 * H5: the browser's own btoa, so 首页's first load does not carry a base64 encoder for its
 * pictograms (the markup is ASCII, which btoa takes as it is).
 */
export function svgDataUri(svg: string): string {
  return `data:image/svg+xml;base64,${btoa(svg)}`;
}
