import type { FastifyInstance } from 'fastify';
import { AppError } from '../../errors';
import {
  createPresentation, getMyCertificate, issueOfflineBatch, listCertificateClasses, listCertificateUsage, listMyCertificates,
  reportCertificateLoss, setCertificateStatus,
} from './certificate-service';
import type { StatusService } from './certificate-status';
import { reauthenticate, sendReauthCode } from '../identity/reauth-service';
import type { ServiceContext } from '../../service-context';
import type { RouteHandlers } from '../../http/route-types';

type CertificateEndpoint =
  | 'listCertificateClasses' | 'listMyCertificates' | 'getMyCertificate' | 'sendReauthCode' | 'reauthenticate'
  | 'createPresentation' | 'issueOfflineBatch' | 'reportCertificateLoss' | 'listCertificateUsage'
  | 'setCertificateStatus' | 'listStatusLists' | 'getStatusList';

/** 电子证照 (issue 6): wallet, re-authentication, 亮证, 挂失, 用证记录, revocation, status lists. */
export function certificateRoutes(ctx: ServiceContext): RouteHandlers<CertificateEndpoint> {
  return {
    listCertificateClasses: () => listCertificateClasses(),
    listMyCertificates: ({ auth }) => listMyCertificates(ctx, auth),
    getMyCertificate: ({ auth, params, headers }) => getMyCertificate(ctx, auth, params.id, headers['x-reauth-token']),
    sendReauthCode: ({ auth, clientIp }) => sendReauthCode(ctx, auth, clientIp),
    reauthenticate: ({ auth, body }) => reauthenticate(ctx, auth, body.code),
    createPresentation: ({ auth, params, body }) => createPresentation(ctx, auth, params.id, body),
    issueOfflineBatch: ({ auth, params, body }) => issueOfflineBatch(ctx, auth, params.id, body),
    reportCertificateLoss: ({ auth, params }) => reportCertificateLoss(ctx, auth, params.id),
    listCertificateUsage: ({ auth }) => listCertificateUsage(ctx, auth),
    setCertificateStatus: ({ auth, params, body }) => setCertificateStatus(ctx, auth, params.id, body),
    listStatusLists: () => ctx.certificates.status.index(),
    getStatusList: async ({ params }) => {
      const doc = await ctx.certificates.status.document(params.listId);
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
export function registerCertificateLifecycle(app: FastifyInstance, ctx: ServiceContext): void {
  const { status } = ctx.certificates;
  app.decorate('certificateStatus', status);
  status.setLogger({ warn: (details, message) => app.log.warn(details, message) });
  app.addHook('onReady', async () => status.start());
  app.addHook('preClose', async () => {
    await status.stop();
  });
}
