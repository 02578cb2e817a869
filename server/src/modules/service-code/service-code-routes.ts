import { issueServiceCodes } from './service-code-service';
import type { ServiceContext } from '../../service-context';
import { getVerifierMembership, listCodeUsage, resolveServiceCode } from './verification-service';
import type { RouteHandlers } from '../../http/route-types';

/** 政务服务码 / 企业码, trust lists and online resolution (scqr-v1 §2, §4, §5). */
export function serviceCodeRoutes(
  ctx: ServiceContext,
): RouteHandlers<
  'getTrustLists' | 'getTrustAnchors' | 'issueServiceCodes' | 'getVerifierMembership' | 'resolveServiceCode' | 'listCodeUsage'
> {
  return {
    getTrustLists: async () => ({ lists: await ctx.serviceCodes.trust.lists() }),
    getTrustAnchors: () => ({ anchors: ctx.serviceCodes.trust.anchors() }),
    issueServiceCodes: ({ auth, body }) => issueServiceCodes(ctx, auth, body),
    getVerifierMembership: ({ auth }) => getVerifierMembership(ctx, auth),
    resolveServiceCode: ({ auth, body }) => resolveServiceCode(ctx, auth, body.payload),
    listCodeUsage: ({ auth }) => listCodeUsage(ctx, auth),
  };
}
