import type { FormDefinition } from '../../../../types/form-engine';
import { buildForm } from './reference/forms/index';
import { englishForm } from './reference/forms/english-form';
import type { Language } from '../../http/language';
import type { CatalogStore } from '../catalog/catalog-store';

/** The online form of each service, built once from the catalogue. */
export interface FormCatalogue {
  /**
   * The online form of a service, or null when not online. The Chinese form is the one
   * submissions are checked against; the English one differs only in its words.
   */
  formFor(code: string, language?: Language): FormDefinition | null;
}

export function createFormCatalogue(catalog: CatalogStore): FormCatalogue {
  const forms = new Map<string, FormDefinition | null>();
  const englishForms = new Map<string, FormDefinition>();
  for (const service of catalog.services) {
    const form = buildForm(service);
    forms.set(service.code, form);
    if (form) englishForms.set(service.code, englishForm(form));
  }
  return {
    formFor: (code, language = 'zh-CN') => (language === 'en' ? englishForms.get(code) : forms.get(code)) ?? null,
  };
}
