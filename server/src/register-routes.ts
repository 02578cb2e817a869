import type { FastifyInstance, onRequestHookHandler, onSendHookHandler } from 'fastify';
import { endpoints, type Endpoint, type EndpointName } from '../../types/api';
import { ApiErrorBody, AppError } from './errors';
import type { AuthContext } from './modules/identity/auth-context';
import type { ModuleDeps } from './service-context';
import { authenticate } from './modules/identity/session-service';
import { authRoutes } from './modules/identity/auth-routes';
import { catalogRoutes } from './modules/catalog/catalog-routes';
import { healthRoutes } from './modules/health/health-routes';
import { meRoutes } from './modules/identity/me-routes';
import { enterpriseRoutes } from './modules/enterprise/enterprise-routes';
import type { RouteHandlers, RouteInput } from './http/route-types';
import { serviceCodeRoutes } from './modules/service-code/service-code-routes';
import { accountRoutes } from './modules/account/account-routes';
import { applicationRoutes } from './modules/application/application-routes';
import { caseRoutes } from './modules/case/case-routes';
import { messageRoutes } from './modules/message/message-routes';
import { staffRoutes } from './modules/staff/staff-routes';
import { registerStaffRefusalAudit } from './modules/staff/staff-access';
import { policyRoutes } from './modules/policy/policy-routes';
import { schedulePolicySweep } from './modules/policy/policy-push';
import { certificateRoutes, registerCertificateLifecycle } from './modules/certificate/certificate-routes';
import { ROUTE_BODY_LIMITS } from './http/route-body-limits';
import { supervisionRoutes } from './modules/supervision/supervision-routes';
import { consultationRoutes } from './modules/consultation/consultation-routes';
import { sealRoutes } from './modules/seal/seal-routes';
import { noticeRoutes } from './modules/notice/notice-routes';
import { authenticateRequest } from './http/session-cookie';
import { requestLanguage } from './http/language';

declare module 'fastify' {
  interface FastifyRequest {
    auth: AuthContext | null;
  }
}

/** `/api/v1/me/real-name` → `me`: groups operations in the OpenAPI document. */
function tagFor(path: string): string {
  return path.split('/')[3] ?? 'api';
}

/**
 * Contract entries this server does not serve yet (the service catalogue, favourites, recents).
 * They are registered all the same, so they validate their input and appear in the OpenAPI
 * document, and answer 501 until their handlers land. Naming them keeps the completeness check
 * on the handler map honest: a new contract entry in neither place fails the type check.
 */
export const PENDING_ENDPOINTS = [
] as const satisfies readonly EndpointName[];
type PendingEndpoint = (typeof PENDING_ENDPOINTS)[number];

function notImplemented(): never {
  // No NOT_IMPLEMENTED in the contract's ErrorCode yet: INTERNAL with the honest status.
  throw new AppError('INTERNAL', 'Not implemented on this server yet', { status: 501 });
}

/**
 * One route per entry of the contract's `endpoints`. The handler map must cover every entry not
 * pending (the type says so), and method, path and every schema come from the contract.
 */
export function registerContractRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const handlers: RouteHandlers<Exclude<EndpointName, PendingEndpoint>> = {
    ...healthRoutes(deps.health),
    ...authRoutes(deps.identity),
    ...meRoutes(deps.identity),
    ...enterpriseRoutes(deps.enterprise),
    ...accountRoutes(deps.account),
    ...catalogRoutes(deps.catalog),
    ...serviceCodeRoutes(deps.serviceCode),
    ...applicationRoutes(deps.application),
    ...messageRoutes(deps.message),
    ...caseRoutes(deps.case),
    ...staffRoutes(deps.staff),
    ...policyRoutes(deps.policy),
    ...certificateRoutes(deps.certificate),
    ...supervisionRoutes(deps.supervision),
    ...consultationRoutes(deps.consultation),
    ...sealRoutes(deps.seal),
    ...noticeRoutes(deps.notice),
  };
  registerCertificateLifecycle(app, deps.certificate);
  // 免申即享 and matches for saved profiles: once at start-up, then daily.
  schedulePolicySweep(deps.policy, (stop) => app.addHook('onClose', async () => stop()));

  app.decorateRequest('auth', null);
  registerStaffRefusalAudit(app, deps.staff);
  const requireSession: onRequestHookHandler = async (request) => {
    request.auth = await authenticateRequest(request, (token) => authenticate(deps.identity, token));
  };
  // Personal answers must not sit in a shared or browser cache.
  const noStore: onSendHookHandler = async (_request, reply, payload) => {
    reply.header('cache-control', 'no-store');
    return payload;
  };

  for (const name of Object.keys(endpoints) as EndpointName[]) {
    const endpoint: Endpoint = endpoints[name];
    const handler =
      (handlers as Partial<Record<EndpointName, (input: RouteInput<EndpointName>) => unknown>>)[name] ?? notImplemented;
    app.route({
      method: endpoint.method,
      url: endpoint.path,
      schema: {
        operationId: name,
        summary: endpoint.summary,
        tags: [tagFor(endpoint.path)],
        ...(endpoint.auth ? { security: [{ bearer: [] }, { sessionCookie: [] }] } : {}),
        ...(endpoint.body ? { body: endpoint.body } : {}),
        ...(endpoint.query ? { querystring: endpoint.query } : {}),
        ...(endpoint.params ? { params: endpoint.params } : {}),
        ...(endpoint.headers ? { headers: endpoint.headers } : {}),
        response: { 200: endpoint.response, '4xx': ApiErrorBody, '5xx': ApiErrorBody },
      },
      ...(endpoint.auth ? { onRequest: requireSession, onSend: noStore } : {}),
      ...(ROUTE_BODY_LIMITS[name] ? { bodyLimit: ROUTE_BODY_LIMITS[name] } : {}),
      // Not async: most answers (the catalogue's) are ready at once, and an async wrapper would
      // cost every request a promise and a turn of the microtask queue. A promise returned by the
      // module's handler is awaited by fastify, and a throw becomes the error answer either way.
      handler: (request, reply) => {
        // Answers may differ by language: shared caches must key on it.
        reply.header('vary', 'accept-language');
        const answer = handler({
          body: request.body,
          query: request.query,
          params: request.params,
          headers: endpoint.headers ? request.headers : undefined,
          auth: request.auth,
          clientIp: request.ip,
          language: requestLanguage(request.headers['accept-language']),
        } as RouteInput<EndpointName>);
        if (answer !== undefined) return answer;
        void reply.send();
        return undefined;
      },
    });
  }
}
