import type { CertificateFieldDef, PresentationTemplate, TemplateFields } from '@contract/certificates';

type TemplateLists = Pick<TemplateFields, 'lodging' | 'transport'>;

export type PresentationChoice = { kind: 'template'; template: PresentationTemplate } | { kind: 'fields'; fields: string[] };

export const TEMPLATES: readonly PresentationTemplate[] = ['lodging', 'transport', 'window'];

type FieldDef = Pick<CertificateFieldDef, 'key' | 'type'>;

/** The fields a scene template discloses, as the node's class catalogue defines them. */
export function templateFieldKeys(fields: readonly FieldDef[], template: PresentationTemplate, templates: TemplateLists): string[] {
  if (template === 'window') return fields.filter((f) => f.type !== 'image').map((f) => f.key);
  const keys = new Set(fields.map((f) => f.key));
  return templates[template].filter((k) => keys.has(k));
}

/** What a choice discloses, in the class's field order; offline only what the credential holds. */
export function disclosedKeys(
  fields: readonly FieldDef[],
  choice: PresentationChoice,
  options: { templates: TemplateLists; available?: readonly string[] | null },
): string[] {
  const chosen = choice.kind === 'template' ? templateFieldKeys(fields, choice.template, options.templates) : choice.fields;
  const set = new Set(chosen);
  const available = options.available ? new Set(options.available) : null;
  return fields.map((f) => f.key).filter((k) => set.has(k) && (!available || available.has(k)));
}
