import { Image } from '@tarojs/components';
import { useMemo } from 'react';
import type { IconGlyph } from './icons/glyph';
import { svgDataUri } from './icons/svg-data-uri';

/**
 * The theme's colours as an <Image> needs them: an SVG drawn as an image cannot read the page's
 * CSS variables (app.scss), so the few tones an icon takes are written out here.
 */
const TONES = {
  primary: '#1452c2',
  onPrimary: '#ffffff',
  muted: '#4b5563',
  success: '#0b6b34',
  danger: '#b42318',
} as const;

export type IconTone = keyof typeof TONES;

interface IconProps {
  glyph: IconGlyph;
  tone?: IconTone;
  /** A certificate class's own colour (its catalogue entry), instead of a theme tone. */
  color?: string;
  /** s 18, m 24, l 32, xl 56 CSS px; 长辈版 draws each a third larger (ui.scss). */
  size?: 's' | 'm' | 'l' | 'xl';
}

/** The image for a glyph in one colour: an SVG data URI, which both H5 and WeChat's <image> show. */
export function iconSource(glyph: IconGlyph, color: string): string {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="${color}" stroke-width="1.8" ` +
    `stroke-linecap="round" stroke-linejoin="round">${glyph.replace(/currentColor/g, color)}</svg>`;
  return svgDataUri(svg);
}

/** A pictogram beside a label: decorative, so screen readers read the label alone. */
export function Icon({ glyph, tone = 'primary', color, size = 'm' }: IconProps) {
  const fill = color ?? TONES[tone];
  const src = useMemo(() => iconSource(glyph, fill), [glyph, fill]);
  return <Image className={`ui-icon ui-icon--${size}`} src={src} mode='aspectFit' aria-hidden nativeProps={{ alt: '' }} />;
}
