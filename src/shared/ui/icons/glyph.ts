/**
 * A pictogram drawn for this app: SVG shapes on a 24×24 grid, stroked in the icon's colour
 * (`currentColor` marks a filled part). Each set is its own module, imported by the pages that
 * show it, so no page downloads another's icons.
 */
export type IconGlyph = string;
