import { encodeBase64 } from '@scqr/base64';

/**
 * An SVG (ASCII markup) as a data URI that both H5 and WeChat's <image> show. Base64 rather than
 * percent-encoding: WeChat's <image> does not promise the latter, and has no btoa.
 */
export function svgDataUri(svg: string): string {
  const bytes = new Uint8Array(svg.length);
  for (let i = 0; i < svg.length; i += 1) bytes[i] = svg.charCodeAt(i) & 0x7f;
  return `data:image/svg+xml;base64,${encodeBase64(bytes)}`;
}
