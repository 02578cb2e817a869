import type { IconGlyph } from './glyph';

/** 证照: one pictogram per family of certificate (identity, vehicle, home, cards, family, study, licence). */
export const idCardIcon: IconGlyph =
  '<rect x="2.5" y="5" width="19" height="14" rx="2"/><circle cx="8.5" cy="10.6" r="2.1"/><path d="M5.4 15.8c.6-1.6 1.7-2.4 3.1-2.4s2.5.8 3.1 2.4M14.2 10h4.3M14.2 13.6h3"/>';
export const carIcon: IconGlyph =
  '<path d="M4 17v-4.5L6.4 6.3h11.2L20 12.5V17z"/><path d="M4 12.5h16M6 17v2.2M18 17v2.2"/><circle cx="8" cy="14.8" r=".9" fill="currentColor"/><circle cx="16" cy="14.8" r=".9" fill="currentColor"/>';
export const houseIcon: IconGlyph = '<path d="M3.5 11L12 4l8.5 7"/><path d="M6 9.4V20h12V9.4M10 20v-5h4v5"/>';
export const bankCardIcon: IconGlyph = '<rect x="2.5" y="5" width="19" height="14" rx="2"/><path d="M2.5 9.5h19M6 15h4.5"/>';
export const ringsIcon: IconGlyph = '<circle cx="9" cy="14.2" r="5"/><circle cx="15" cy="14.2" r="5"/><path d="M10.2 5.2L12 3.4l1.8 1.8L12 7z"/>';
export const babyIcon: IconGlyph =
  '<circle cx="12" cy="12.5" r="8.2"/><circle cx="9.2" cy="11.6" r=".8" fill="currentColor"/><circle cx="14.8" cy="11.6" r=".8" fill="currentColor"/><path d="M9.6 15.4c1.4 1.1 3.4 1.1 4.8 0M12 4.3c-1.2.9-1.1 2.5.4 2.9"/>';
export const graduationIcon: IconGlyph = '<path d="M2 9l10-5 10 5-10 5z"/><path d="M6 11v5c3.5 2.7 8.5 2.7 12 0v-5M22 9v6"/>';
export const awardIcon: IconGlyph = '<circle cx="12" cy="9" r="5.6"/><path d="M8.6 13.6L7 21l5-2.5 5 2.5-1.6-7.4"/><path d="M10 9l1.4 1.4L14.2 7.6"/>';
export const licenceIcon: IconGlyph =
  '<rect x="3" y="3.5" width="18" height="17" rx="1.5"/><circle cx="12" cy="9" r="2.6"/><path d="M7 14.5h10M8.5 17.5h7"/>';
export const historyIcon: IconGlyph = '<path d="M3.6 12a8.4 8.4 0 1 0 2.5-6"/><path d="M3.6 4v4.1h4.1M12 7.6V12l3 2"/>';
export const stampIcon: IconGlyph = '<path d="M9.6 3.5h4.8l-1 7.2h-2.8z"/><path d="M4 14a3.3 3.3 0 0 1 3.3-3.3h9.4A3.3 3.3 0 0 1 20 14v3H4zM6 20.5h12"/>';
