import type { RouteHandlers } from '../../http/route-types';
import type { SealDeps } from './seal-deps';
import { createSealStatusPublisher } from './seal-status-exchange';
import { getMySeal, listMySeals, setSealStatus, stampDocument, verifyStampedDocument } from './seal-service';

type SealEndpoint = 'listMySeals' | 'getMySeal' | 'stampDocument' | 'verifyStampedDocument' | 'setSealStatus' | 'getSealStatusLists';

/**
 * 电子印章: the enterprise's seals and their use, the verifier, suspension/revocation by 证照
 * officers, and the revocation list the other region fetches.
 */
export function sealRoutes(deps: SealDeps): RouteHandlers<SealEndpoint> {
  const publishStatusLists = createSealStatusPublisher(deps);
  return {
    listMySeals: ({ auth }) => listMySeals(deps, auth),
    getMySeal: ({ auth, params }) => getMySeal(deps, auth, params.id),
    stampDocument: ({ auth, params, body }) => stampDocument(deps, auth, params.id, body),
    verifyStampedDocument: ({ auth, body }) => verifyStampedDocument(deps, auth, body),
    setSealStatus: ({ auth, params, body }) => setSealStatus(deps, auth, params.id, body),
    getSealStatusLists: () => publishStatusLists(),
  };
}
