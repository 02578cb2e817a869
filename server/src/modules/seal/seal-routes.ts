import type { RouteHandlers } from '../../http/route-types';
import type { ServiceContext } from '../../service-context';
import { getMySeal, listMySeals, setSealStatus, stampDocument, verifyStampedDocument } from './seal-service';

type SealEndpoint = 'listMySeals' | 'getMySeal' | 'stampDocument' | 'verifyStampedDocument' | 'setSealStatus';

/** 电子印章: the enterprise's seals and their use, the verifier, and suspension/revocation by 证照 officers. */
export function sealRoutes(ctx: ServiceContext): RouteHandlers<SealEndpoint> {
  return {
    listMySeals: ({ auth }) => listMySeals(ctx, auth),
    getMySeal: ({ auth, params }) => getMySeal(ctx, auth, params.id),
    stampDocument: ({ auth, params, body }) => stampDocument(ctx, auth, params.id, body),
    verifyStampedDocument: ({ auth, body }) => verifyStampedDocument(ctx, auth, body),
    setSealStatus: ({ auth, params, body }) => setSealStatus(ctx, auth, params.id, body),
  };
}
