import type { IconGlyph } from './glyph';

/** 我的: the account, its services and its settings. */
export const userIcon: IconGlyph = '<circle cx="12" cy="8" r="4"/><path d="M4 20.5c0-4.2 3.6-6.8 8-6.8s8 2.6 8 6.8"/>';
export const shieldCheckIcon: IconGlyph = '<path d="M12 2.8l7.2 2.9v5.6c0 4.6-3 8.3-7.2 10-4.2-1.7-7.2-5.4-7.2-10V5.7z"/><path d="M8.6 12.1l2.4 2.4 4.4-4.6"/>';
export const buildingIcon: IconGlyph = '<path d="M4.5 21V5.6L13 3.2V21M13 9h6.5v12M2.5 21h19"/><path d="M8 8.2h1.6M8 11.7h1.6M8 15.2h1.6M16 12.6h1M16 16.1h1"/>';
export const applicationsIcon: IconGlyph = '<path d="M6 3h8.8L19 7.2V21H6z"/><path d="M14.5 3v4.5H19M9 11.5h7M9 15h7M9 18.5h4"/>';
export const bellIcon: IconGlyph = '<path d="M6 16.5v-5.2a6 6 0 0 1 12 0v5.2l1.6 2H4.4z"/><path d="M10 20.8a2.1 2.1 0 0 0 4 0"/>';
export const hotlineIcon: IconGlyph =
  '<path d="M4.5 14v-2a7.5 7.5 0 0 1 15 0v2"/><rect x="3" y="13" width="4.2" height="6" rx="1.6"/><rect x="16.8" y="13" width="4.2" height="6" rx="1.6"/><path d="M19 19c0 1.6-2.1 2.5-5 2.5"/>';
export const giftIcon: IconGlyph =
  '<rect x="3.5" y="8" width="17" height="4" rx="1"/><path d="M5 12v8.5h14V12M12 8v12.5"/><path d="M12 8C10.6 4.8 6.8 4.3 6.8 6.6S10.2 8 12 8zm0 0c1.4-3.2 5.2-3.7 5.2-1.4S13.8 8 12 8z"/>';
export const briefcaseIcon: IconGlyph = '<rect x="3" y="7" width="18" height="13" rx="2"/><path d="M9 7V4.8h6V7M3 12.5h18M11 12.5v2h2v-2"/>';
export const textSizeIcon: IconGlyph = '<path d="M2.8 19L8 5.5 13.2 19M4.7 14.5h6.6M14 19l3.5-8.5L21 19M15.2 16.3h4.6"/>';
export const globeIcon: IconGlyph =
  '<circle cx="12" cy="12" r="9"/><path d="M3 12h18M12 3c2.4 2.6 3.6 5.6 3.6 9s-1.2 6.4-3.6 9c-2.4-2.6-3.6-5.6-3.6-9S9.6 5.6 12 3z"/>';
export const lockIcon: IconGlyph = '<rect x="5" y="10.5" width="14" height="10" rx="2"/><path d="M8 10.5V7.6a4 4 0 0 1 8 0v2.9M12 14.3v2.6"/>';
