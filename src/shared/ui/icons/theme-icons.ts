import type { IconGlyph } from './glyph';

/** 办事's themes: one pictogram per field of service, drawn on the same 24×24 grid as the rest. */
export const socialSecurityIcon: IconGlyph = '<path d="M12 20.5s-7.5-4.4-7.5-10A4.2 4.2 0 0 1 12 8a4.2 4.2 0 0 1 7.5 2.5c0 5.6-7.5 10-7.5 10z"/>';
export const taxIcon: IconGlyph = '<path d="M6 3h12v18l-3-2-3 2-3-2-3 2z"/><path d="M9 8h6M9 11.5h6M9 15h3"/>';
export const medicalIcon: IconGlyph = '<rect x="3.5" y="3.5" width="17" height="17" rx="3"/><path d="M12 8v8M8 12h8"/>';
export const coinsIcon: IconGlyph =
  '<ellipse cx="9" cy="7" rx="5.5" ry="2.5"/><path d="M3.5 7v4c0 1.4 2.5 2.5 5.5 2.5M3.5 11v4c0 1.4 2.5 2.5 5.5 2.5"/><ellipse cx="15" cy="13" rx="5.5" ry="2.5"/><path d="M9.5 13v4.5c0 1.4 2.5 2.5 5.5 2.5s5.5-1.1 5.5-2.5V13"/>';
export const familyIcon: IconGlyph =
  '<circle cx="8" cy="7" r="2.8"/><circle cx="16.5" cy="8.5" r="2.2"/><path d="M3 20v-2.5c0-3 2.2-5 5-5s5 2 5 5V20M13.5 20v-2.2c0-2.2 1.3-3.8 3-3.8s3 1.6 3 3.8V20"/>';
export const planeIcon: IconGlyph = '<path d="M10.5 4.2c0-1 .7-1.7 1.5-1.7s1.5.7 1.5 1.7V9l7 4.2v2.1l-7-2v4.4l2.2 1.8v1.8L12 20.5l-3.7.8v-1.8l2.2-1.8v-4.4l-7 2v-2.1l7-4.2z"/>';
export const heartPulseIcon: IconGlyph =
  '<path d="M12 20s-7.5-4.4-7.5-10A4.2 4.2 0 0 1 12 7.6 4.2 4.2 0 0 1 19.5 10c0 5.6-7.5 10-7.5 10z"/><path d="M6.5 12.5h3l1.5-2.5 2 4 1.5-1.5h3"/>';
export const handshakeIcon: IconGlyph =
  '<path d="M2.5 8.5l3-2 4 1.5 2.5-1.5 3 .5 3.5-1 3 2.5"/><path d="M5.5 6.5l-3 6 3.5 3M18.5 7l3 5.5-5 4.5"/><path d="M9 10.5l2.5-1.5c1 .8 2.5.8 3.5 0l3.5 3.5M8 15l1.5 1.5M10 13.5l2.5 2.5M12.5 12.5l2.5 2.5"/>';
export const accessibilityIcon: IconGlyph =
  '<circle cx="12" cy="4.5" r="1.8"/><path d="M5 8.5c4.6 1.2 9.4 1.2 14 0M12 9.6v5M12 14.6l-3.5 6M12 14.6l3.5 6"/>';
export const medalIcon: IconGlyph = '<path d="M7.5 2.5l3 6M16.5 2.5l-3 6"/><circle cx="12" cy="15" r="6"/><path d="M12 11.6l1.1 2.2 2.4.3-1.8 1.7.5 2.4-2.2-1.2-2.2 1.2.5-2.4-1.8-1.7 2.4-.3z"/>';
export const walkingStickIcon: IconGlyph =
  '<circle cx="10.5" cy="4.5" r="2"/><path d="M10 8.5L8 14l3 2.5V21M10 8.5l3 3.5 3-1M8 14l-2 7M17 12v9"/>';
export const helmetIcon: IconGlyph = '<path d="M4 16.5a8 8 0 0 1 16 0"/><path d="M2.5 16.5h19v2.5h-19zM10 8.9V5.5h4v3.4"/>';
export const bulbIcon: IconGlyph = '<path d="M8.5 15.5c-1.6-1.2-2.8-3.1-2.8-5.3a6.3 6.3 0 0 1 12.6 0c0 2.2-1.2 4.1-2.8 5.3v2h-7z"/><path d="M9.5 20.5h5"/>';
export const bankIcon: IconGlyph = '<path d="M3 9l9-5.5L21 9z"/><path d="M5.5 9v8.5M10 9v8.5M14 9v8.5M18.5 9v8.5M3 20.5h18"/>';
export const shipIcon: IconGlyph =
  '<path d="M3 15.5l2.2 4h13.6l2.2-4z"/><path d="M6 15.5V10h12v5.5M9 10V6.5h6V10M12 3v3.5"/>';
export const wheatIcon: IconGlyph =
  '<path d="M12 21V8M12 8c-2-.3-3-1.8-3-4 2 .3 3 1.8 3 4zm0 0c2-.3 3-1.8 3-4-2 .3-3 1.8-3 4zM12 13c-2.4-.3-3.8-2-3.8-4.2 2.4.3 3.8 2 3.8 4.2zm0 0c2.4-.3 3.8-2 3.8-4.2-2.4.3-3.8 2-3.8 4.2zM12 18c-2.4-.3-3.8-2-3.8-4.2 2.4.3 3.8 2 3.8 4.2zm0 0c2.4-.3 3.8-2 3.8-4.2-2.4.3-3.8 2-3.8 4.2z"/>';
export const truckIcon: IconGlyph =
  '<path d="M2.5 6h11v10.5h-11zM13.5 9.5h4l3.5 3.5v3.5h-7.5"/><circle cx="6.5" cy="18" r="1.8"/><circle cx="17" cy="18" r="1.8"/>';
export const leafIcon: IconGlyph = '<path d="M5 19C4 10 9.5 4.5 20 4.5c0 10.5-5.5 16-14.5 15z"/><path d="M5 19c3-4.5 6.5-7.5 10-9.5"/>';
