import { getApplication, listApplications, rateApplication, submitApplication, submitCorrection } from './application-service';
import { deleteDraft, getDraft, listDrafts, saveDraft } from './draft-service';
import { getPrefillSources, getServiceForm } from './form-service';
import { createUpload, getUpload } from './upload-service';
import { requireApplicationsScopeFor } from '../enterprise/enterprise-authority';
import type { RouteHandlers } from '../../http/route-types';
import type { ServiceContext } from '../../service-context';

type ApplicationEndpoint =
  | 'getServiceForm' | 'getPrefillSources' | 'createUpload' | 'getUpload'
  | 'listDrafts' | 'getDraft' | 'saveDraft' | 'deleteDraft'
  | 'submitApplication' | 'listApplications' | 'getApplication' | 'submitCorrection' | 'rateApplication';

/** 办件: forms, uploads, drafts and the applicant's own applications (/me/* work on the caller's records only). */
export function applicationRoutes(ctx: ServiceContext): RouteHandlers<ApplicationEndpoint> {
  return {
    getServiceForm: ({ params }) => getServiceForm(ctx, params.code),
    getPrefillSources: ({ auth }) => getPrefillSources(ctx, auth),
    createUpload: ({ auth, body }) => createUpload(ctx, auth, body),
    getUpload: ({ auth, params }) => getUpload(ctx, auth, params.id),
    listDrafts: ({ auth }) => listDrafts(ctx, auth),
    getDraft: ({ auth, params }) => getDraft(ctx, auth, params.serviceCode),
    saveDraft: ({ auth, params, body }) => saveDraft(ctx, auth, params.serviceCode, body),
    deleteDraft: ({ auth, params }) => deleteDraft(ctx, auth, params.serviceCode),
    submitApplication: async ({ auth, headers, body }) => {
      await requireApplicationsScopeFor(ctx, auth, body.values.enterpriseCreditCode);
      return submitApplication(ctx, auth, headers['idempotency-key'], body);
    },
    listApplications: ({ auth, query }) => listApplications(ctx, auth, query.status),
    getApplication: ({ auth, params }) => getApplication(ctx, auth, params.id),
    submitCorrection: async ({ auth, params, body }) => {
      // A 补正 carries only the fields asked for; the enterprise it is for is the one named in the
      // values already filed (a 一件事 part keeps its bundle's). Without this, an agent whose grant
      // was revoked, or a former 法人, could go on correcting the company's 注销.
      const filed = await getApplication(ctx, auth, params.id);
      await requireApplicationsScopeFor(ctx, auth, filed.values.enterpriseCreditCode);
      await requireApplicationsScopeFor(ctx, auth, body.values.enterpriseCreditCode);
      return submitCorrection(ctx, auth, params.id, body);
    },
    rateApplication: ({ auth, params, body }) => rateApplication(ctx, auth, params.id, body),
  };
}
