import type { FastifyInstance } from 'fastify';
import { AppError } from '../../errors';
import {
  createPresentation, getMyCertificate, issueOfflineBatch, listCertificateClasses, listCertificateUsage, listMyCertificates,
  reportCertificateLoss, setCertificateStatus,
} from './certificate-service';
import type { StatusService } from './certificate-status';
import type { CertificateDeps } from './certificate-deps';
import type { RouteHandlers } from '../../http/route-types';

type CertificateEndpoint =
  | 'listCertificateClasses' | 'listMyCertificates' | 'getMyCertificate' | 'sendReauthCode' | 'reauthenticate'
  | 'createPresentation' | 'issueOfflineBatch' | 'reportCertificateLoss' | 'listCertificateUsage'
  | 'setCertificateStatus' | 'listStatusLists' | 'getStatusList';

/** 电子证照 (issue 6): wallet, re-authentication, 亮证, 挂失, 用证记录, revocation, status lists. */
export function certificateRoutes(deps: CertificateDeps): RouteHandlers<CertificateEndpoint> {
  return {
    listCertificateClasses: () => listCertificateClasses(),
    listMyCertificates: ({ auth, language }) => listMyCertificates(deps, auth, language),
    getMyCertificate: ({ auth, params, headers, language }) => getMyCertificate(deps, auth, params.id, headers['x-reauth-token'], language),
    sendReauthCode: ({ auth, clientIp }) => deps.reauth.sendReauthCode(auth, clientIp),
    reauthenticate: ({ auth, body }) => deps.reauth.reauthenticate(auth, body.code),
    createPresentation: ({ auth, params, body }) => createPresentation(deps, auth, params.id, body),
    issueOfflineBatch: ({ auth, params, body }) => issueOfflineBatch(deps, auth, params.id, body),
    reportCertificateLoss: ({ auth, params }) => reportCertificateLoss(deps, auth, params.id),
    listCertificateUsage: ({ auth }) => listCertificateUsage(deps, auth),
    setCertificateStatus: ({ auth, params, body }) => setCertificateStatus(deps, auth, params.id, body),
    listStatusLists: () => deps.certificateStatus.index(),
    getStatusList: async ({ params }) => {
      const doc = await deps.certificateStatus.document(params.listId);
      if (!doc) throw new AppError('NOT_FOUND', 'No such status list on this node');
      return doc;
    },
  };
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The node's status lists (tests and operators: `refreshPeers()` fetches the peer's now). */
    certificateStatus: StatusService;
  }
}

/**
 * Fetches the peer's status lists once the app is ready (never waiting for them) and then
 * periodically, on the one node of a cluster holding the job's lease; stops (and gives the lease
 * up) on close.
 */
export function registerCertificateLifecycle(app: FastifyInstance, deps: CertificateDeps): void {
  const status = deps.certificateStatus;
  app.decorate('certificateStatus', status);
  status.setLogger({ warn: (details, message) => app.log.warn(details, message) });
  app.addHook('onReady', async () => status.start());
  app.addHook('preClose', async () => {
    await status.stop();
  });
}
