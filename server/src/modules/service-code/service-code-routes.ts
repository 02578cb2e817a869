import { issueServiceCodes } from './service-code-service';
import type { ServiceCodeDeps } from './service-code-deps';
import { getVerifierMembership, listCodeUsage, resolveServiceCode } from './verification-service';
import type { RouteHandlers } from '../../http/route-types';

/** 政务服务码 / 企业码, trust lists and online resolution (scqr-v1 §2, §4, §5). */
export function serviceCodeRoutes(
  deps: ServiceCodeDeps,
): RouteHandlers<
  'getTrustLists' | 'getTrustAnchors' | 'issueServiceCodes' | 'getVerifierMembership' | 'resolveServiceCode' | 'listCodeUsage'
> {
  return {
    getTrustLists: async () => ({ lists: await deps.trust.lists() }),
    getTrustAnchors: () => ({ anchors: deps.trust.anchors() }),
    issueServiceCodes: ({ auth, body }) => issueServiceCodes(deps, auth, body),
    getVerifierMembership: ({ auth }) => getVerifierMembership(deps, auth),
    resolveServiceCode: ({ auth, body }) => resolveServiceCode(deps, auth, body.payload),
    listCodeUsage: ({ auth }) => listCodeUsage(deps, auth),
  };
}
