import type { IconGlyph } from './glyph';

/** The H5 title bar's controls and the tab bar's tabs (亮码 and 我的 use qrCodeIcon and userIcon). */
export const backIcon: IconGlyph = '<path d="M15 4.5L7.5 12l7.5 7.5"/>';
export const homeIcon: IconGlyph = '<path d="M3.5 11L12 4l8.5 7"/><path d="M5.5 9.5V20h5v-5.5h3V20h5V9.5"/>';
export const servicesTabIcon: IconGlyph =
  '<rect x="3.5" y="3.5" width="7" height="7" rx="1.5"/><rect x="13.5" y="3.5" width="7" height="7" rx="1.5"/><rect x="3.5" y="13.5" width="7" height="7" rx="1.5"/><rect x="13.5" y="13.5" width="7" height="7" rx="1.5"/>';
export const walletTabIcon: IconGlyph =
  '<rect x="3" y="5" width="18" height="14" rx="2"/><circle cx="8.5" cy="11" r="2.2"/><path d="M5.5 16.2c.6-1.6 1.7-2.4 3-2.4s2.4.8 3 2.4M14 10h4.5M14 13.5h4.5"/>';
