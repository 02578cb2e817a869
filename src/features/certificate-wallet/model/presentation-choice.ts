import type { CertificateFieldDef, PresentationTemplate } from '../../../../types/certificates';

export type PresentationChoice = { kind: 'template'; template: PresentationTemplate } | { kind: 'fields'; fields: string[] };

export const TEMPLATES: readonly PresentationTemplate[] = ['lodging', 'transport', 'window'];

type FieldDef = Pick<CertificateFieldDef, 'key' | 'type'>;

/**
 * The fields a scene template discloses. The node decides for an online presentation (and says
 * which in `Presentation.fields`, which the caller passes as `learned`); offline the phone must
 * decide itself, and the class catalogue does not carry the template lists, so this mirrors the
 * node's default rule: 住宿 = who the holder is, 交通 = validity only, 窗口 = every field.
 */
export function templateFieldKeys(fields: readonly FieldDef[], template: PresentationTemplate, learned?: readonly string[] | null): string[] {
  const keys = new Set(fields.map((f) => f.key));
  if (learned && learned.length > 0) return learned.filter((k) => keys.has(k));
  switch (template) {
    case 'lodging': {
      const person = ['name', 'idNumber'].filter((k) => keys.has(k));
      return person.length > 0 ? person : ['entName', 'creditCode'].filter((k) => keys.has(k));
    }
    case 'transport':
      return ['validFrom', 'validTo'].filter((k) => keys.has(k));
    case 'window':
      return fields.filter((f) => f.type !== 'image').map((f) => f.key);
  }
}

/** What a choice discloses, in the class's field order; offline only what the credential holds. */
export function disclosedKeys(
  fields: readonly FieldDef[],
  choice: PresentationChoice,
  options: { learned?: readonly string[] | null; available?: readonly string[] | null } = {},
): string[] {
  const chosen = choice.kind === 'template' ? templateFieldKeys(fields, choice.template, options.learned) : choice.fields;
  const set = new Set(chosen);
  const available = options.available ? new Set(options.available) : null;
  return fields.map((f) => f.key).filter((k) => set.has(k) && (!available || available.has(k)));
}
