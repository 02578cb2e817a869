import type { IconGlyph } from './glyph';

/** Empty states: nothing here yet. */
export const inboxIcon: IconGlyph =
  '<path d="M3 13.5l2.6-8h12.8l2.6 8V19a1.5 1.5 0 0 1-1.5 1.5h-15A1.5 1.5 0 0 1 3 19z"/><path d="M3 13.5h5l1.5 2.5h5l1.5-2.5h5"/>';
export const walletEmptyIcon: IconGlyph =
  '<rect x="3" y="6.5" width="18" height="13" rx="2"/><path d="M6 6.5l9.5-3.2 1.1 3.2M16 13h5"/><circle cx="16.6" cy="13" r=".9" fill="currentColor"/>';
