/**
 * The 40-class catalogue joined with its fields and 照面 layout, the identifier scheme, masking and
 * the 亮证 scene templates (scqr-v1 §3.1). No I/O.
 */
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { CertificateClass } from '../../../../types/catalog';
import type { CertificateClassInfo, PresentationTemplate } from '../../../../types/certificates';
import { buildCertificateId } from '../../../../types/certificate-id';
import { maskCitizenId } from '../../../../types/identity-numbers';
import { certificateClasses } from '../catalog/reference/certificate-classes';
import { CERTIFICATE_FIELDS, type CertificateClassSpec } from './reference/certificate-fields';

export interface CatalogueClass extends CertificateClass, CertificateClassSpec {
  /** 1-based position in the catalogue: the `CY<nnn>` 证照类型代码 of identifiers. */
  number: number;
}

export const CERTIFICATE_CATALOGUE: ReadonlyMap<string, CatalogueClass> = new Map(
  certificateClasses.map((c, i) => {
    const spec = CERTIFICATE_FIELDS[c.code];
    if (!spec) throw new Error(`certificate class ${c.code} has no fields`);
    return [c.code, { ...c, ...spec, number: i + 1 }];
  }),
);

export function catalogueClass(code: string): CatalogueClass {
  const found = CERTIFICATE_CATALOGUE.get(code);
  if (!found) throw new Error(`unknown certificate class ${code}`);
  return found;
}

export function classInfo(c: CatalogueClass): z.input<typeof CertificateClassInfo> {
  return {
    code: c.code,
    name: c.name,
    holder: c.holder,
    issuer: c.issuer,
    fields: c.fields,
    layout: c.layout,
    templates: { lodging: c.lodging, transport: c.transport },
  };
}

/** `1.2.156.3005.2.CY004.510000.2026xxxxxxxx.001.<check>` (types/certificate-id.ts). */
export function certificateIdFor(classCode: string, region: string, year: number, serial8: string): string {
  return buildCertificateId([`CY${String(catalogueClass(classCode).number).padStart(3, '0')}`, region, `${year}${serial8}`, '001']);
}

/** A deterministic 8-digit serial (seeded certificates keep their identifiers across restarts). */
export function serialFrom(seed: string): string {
  return String(parseInt(createHash('sha256').update(seed).digest('hex').slice(0, 12), 16) % 100_000_000).padStart(8, '0');
}

/**
 * How a sensitive value is shown without re-authentication or put into a presentation: a citizen
 * ID as scqr-v1 §2 fixes it (`5101**********1234`), a long code with its first and last 4, any
 * other text with its first third.
 */
export function maskValue(value: string): string {
  if (/^\d{17}[\dX]$/i.test(value)) return maskCitizenId(value);
  const chars = Array.from(value);
  if (/^[0-9A-Z·-]+$/i.test(value) && chars.length >= 10) {
    return `${chars.slice(0, 4).join('')}${'*'.repeat(chars.length - 8)}${chars.slice(-4).join('')}`;
  }
  const keep = Math.floor(chars.length / 3);
  return `${chars.slice(0, keep).join('')}${'*'.repeat(Math.max(1, chars.length - keep))}`;
}

/** The non-image field values as a presentation carries them: sensitive ones masked, empty ones left out. */
export function presentableValues(c: CatalogueClass, values: Record<string, string>, keys: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of keys) {
    const def = c.fields.find((f) => f.key === key);
    const value = values[key];
    if (!def || def.type === 'image' || value === undefined || value === '') continue;
    out[key] = def.sensitive ? maskValue(value) : value;
  }
  return out;
}

/** Field keys of a scene template (the photo goes as its `ph` digest only, for lodging and window). */
export function templateKeys(c: CatalogueClass, template: PresentationTemplate): { keys: string[]; withPhoto: boolean; withId: boolean } {
  switch (template) {
    case 'lodging':
      return { keys: c.lodging, withPhoto: true, withId: false };
    case 'transport':
      return { keys: c.transport, withPhoto: false, withId: false };
    case 'window':
      return { keys: c.fields.filter((f) => f.type !== 'image').map((f) => f.key), withPhoto: true, withId: true };
  }
}

/** scqr-v1 `ph`: first 16 bytes of SHA-256 of the JPEG bytes as issued. */
export function photoDigest(photo: Uint8Array): Buffer {
  return createHash('sha256').update(photo).digest().subarray(0, 16);
}
