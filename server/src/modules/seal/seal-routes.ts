import type { RouteHandlers } from '../../http/route-types';
import type { SealDeps } from './seal-deps';
import { getMySeal, listMySeals, setSealStatus, stampDocument, verifyStampedDocument } from './seal-service';

type SealEndpoint = 'listMySeals' | 'getMySeal' | 'stampDocument' | 'verifyStampedDocument' | 'setSealStatus';

/** 电子印章: the enterprise's seals and their use, the verifier, and suspension/revocation by 证照 officers. */
export function sealRoutes(deps: SealDeps): RouteHandlers<SealEndpoint> {
  return {
    listMySeals: ({ auth }) => listMySeals(deps, auth),
    getMySeal: ({ auth, params }) => getMySeal(deps, auth, params.id),
    stampDocument: ({ auth, params, body }) => stampDocument(deps, auth, params.id, body),
    verifyStampedDocument: ({ auth, body }) => verifyStampedDocument(deps, auth, body),
    setSealStatus: ({ auth, params, body }) => setSealStatus(deps, auth, params.id, body),
  };
}
