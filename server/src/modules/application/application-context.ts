import type { FormDefinition } from '../../../../types/form-engine';
import type { Crypto } from '../../security/crypto';
import type { Database } from '../../db/database';
import { createApplicationRepository } from './application-repository';
import { createCaseRepository } from '../case/case-repository';
import { createDraftRepository } from './draft-repository';
import { createMessageRepository } from '../message/message-repository';
import { createUploadRepository } from './upload-repository';
import { buildForm } from './reference/forms/index';
import { englishForm } from './reference/forms/english-form';
import type { Language } from '../../http/language';
import type { CatalogStore } from '../catalog/catalog-store';

/** 办件 (issue 4): forms, drafts, uploads, applications, messages, 12345 and the back office. */
export interface ApplicationContext {
  /**
   * The online form of a service (built once from the catalogue), or null when not online. The
   * Chinese form is the one submissions are checked against; the English one differs only in its words.
   */
  formFor(code: string, language?: Language): FormDefinition | null;
  repos: {
    applications: ReturnType<typeof createApplicationRepository>;
    drafts: ReturnType<typeof createDraftRepository>;
    uploads: ReturnType<typeof createUploadRepository>;
    messages: ReturnType<typeof createMessageRepository>;
    cases: ReturnType<typeof createCaseRepository>;
  };
}

/** The online form of each service, built once from the catalogue. */
export type FormCatalogue = Pick<ApplicationContext, 'formFor'>;

export async function createApplicationContext(db: Database, crypto: Crypto, catalog: CatalogStore): Promise<ApplicationContext> {
  const forms = new Map<string, FormDefinition | null>();
  const englishForms = new Map<string, FormDefinition>();
  for (const service of catalog.services) {
    const form = buildForm(service);
    forms.set(service.code, form);
    if (form) englishForms.set(service.code, englishForm(form));
  }
  return {
    formFor: (code, language = 'zh-CN') => (language === 'en' ? englishForms.get(code) : forms.get(code)) ?? null,
    repos: {
      applications: createApplicationRepository(db),
      drafts: createDraftRepository(db),
      uploads: createUploadRepository(db, crypto),
      messages: createMessageRepository(db),
      cases: createCaseRepository(db),
    },
  };
}
