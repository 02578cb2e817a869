import type { IconGlyph } from './glyph';

/** The search page: clear what was typed, remove a past search. */
export const closeIcon: IconGlyph = '<path d="M6 6l12 12M18 6L6 18"/>';
export const clockIcon: IconGlyph = '<circle cx="12" cy="12" r="8.5"/><path d="M12 7.5V12l3 2"/>';
