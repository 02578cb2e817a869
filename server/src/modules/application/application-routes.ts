import { detailIn, summaryIn } from './application-english';
import { getApplication, listApplications, rateApplication, submitApplication, submitCorrection } from './application-service';
import { deleteDraft, getDraft, listDrafts, saveDraft } from './draft-service';
import { getPrefillSources, getServiceForm } from './form-service';
import { createUpload, getUpload, getUploadContent } from './upload-service';
import type { RouteHandlers } from '../../http/route-types';
import type { ApplicationDeps } from './application-deps';

type ApplicationEndpoint =
  | 'getServiceForm' | 'getPrefillSources' | 'createUpload' | 'getUpload' | 'getUploadContent'
  | 'listDrafts' | 'getDraft' | 'saveDraft' | 'deleteDraft'
  | 'submitApplication' | 'listApplications' | 'getApplication' | 'submitCorrection' | 'rateApplication';

/** 办件: forms, uploads, drafts and the applicant's own applications (/me/* work on the caller's records only). */
export function applicationRoutes(deps: ApplicationDeps): RouteHandlers<ApplicationEndpoint> {
  return {
    getServiceForm: ({ params, language }) => getServiceForm(deps, params.code, language),
    getPrefillSources: ({ auth }) => getPrefillSources(deps, auth),
    createUpload: ({ auth, body }) => createUpload(deps, auth, body),
    getUpload: ({ auth, params }) => getUpload(deps, auth, params.id),
    getUploadContent: ({ auth, params }) => getUploadContent(deps, auth, params.id),
    listDrafts: ({ auth }) => listDrafts(deps, auth),
    getDraft: ({ auth, params }) => getDraft(deps, auth, params.serviceCode),
    saveDraft: ({ auth, params, body }) => saveDraft(deps, auth, params.serviceCode, body),
    deleteDraft: ({ auth, params }) => deleteDraft(deps, auth, params.serviceCode),
    submitApplication: async ({ auth, headers, body, language }) => {
      await deps.enterpriseAccess.requireApplicationsScopeFor(auth, body.values.enterpriseCreditCode);
      return detailIn(await submitApplication(deps, auth, headers['idempotency-key'], body), language);
    },
    listApplications: async ({ auth, query, language }) => {
      const list = await listApplications(deps, auth, query.status);
      return { ...list, items: list.items.map((item) => summaryIn(item, language)) };
    },
    getApplication: async ({ auth, params, language }) => detailIn(await getApplication(deps, auth, params.id), language),
    submitCorrection: async ({ auth, params, body, language }) => {
      // A 补正 carries only the fields asked for; the enterprise it is for is the one named in the
      // values already filed (a 一件事 part keeps its bundle's). Without this, an agent whose grant
      // was revoked, or a former 法人, could go on correcting the company's 注销.
      const filed = await getApplication(deps, auth, params.id);
      await deps.enterpriseAccess.requireApplicationsScopeFor(auth, filed.values.enterpriseCreditCode);
      await deps.enterpriseAccess.requireApplicationsScopeFor(auth, body.values.enterpriseCreditCode);
      return detailIn(await submitCorrection(deps, auth, params.id, body), language);
    },
    rateApplication: async ({ auth, params, body, language }) => detailIn(await rateApplication(deps, auth, params.id, body), language),
  };
}
