import type { IconGlyph } from './glyph';

/** 首页 and 办事: the quick actions and search. */
export const qrCodeIcon: IconGlyph =
  '<rect x="3.5" y="3.5" width="6.5" height="6.5" rx="1"/><rect x="14" y="3.5" width="6.5" height="6.5" rx="1"/><rect x="3.5" y="14" width="6.5" height="6.5" rx="1"/><path d="M14 14h2.5v2.5H14zM18 18h2.5v2.5H18zM14 20.5h1M20.5 14v1.5"/>';
export const searchIcon: IconGlyph = '<circle cx="10.5" cy="10.5" r="6.5"/><path d="M15.4 15.4L20.5 20.5"/>';
export const mapPinIcon: IconGlyph = '<path d="M12 21s6.5-5.8 6.5-11A6.5 6.5 0 0 0 5.5 10c0 5.2 6.5 11 6.5 11z"/><circle cx="12" cy="10" r="2.4"/>';
export const policyIcon: IconGlyph = '<path d="M5 3.5h10l4 4v13H5z"/><path d="M15 3.5v4h4"/><path d="M8.5 14l2.2 2.2 4.6-4.7"/>';
/** 首页's 电子证照: two cards, one behind the other. */
export const certificatesIcon: IconGlyph =
  '<rect x="2.5" y="7.5" width="16" height="12" rx="2"/><path d="M6 7.5V6.5A2 2 0 0 1 8 4.5h11.5a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2h-1M6 12.5h5M6 15.5h8"/>';
/** 首页's 我的办件: a clipboard being worked through. */
export const clipboardIcon: IconGlyph =
  '<path d="M8.5 4.5H6a1.5 1.5 0 0 0-1.5 1.5v14A1.5 1.5 0 0 0 6 21.5h12a1.5 1.5 0 0 0 1.5-1.5V6A1.5 1.5 0 0 0 18 4.5h-2.5"/><rect x="8.5" y="3" width="7" height="3.2" rx="1"/><path d="M8 11l1.4 1.4L12 9.8M13.5 11.5h3M8 16.5h8.5"/>';
