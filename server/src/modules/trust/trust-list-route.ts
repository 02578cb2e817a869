import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { TrustDeps } from './trust-deps';
import { TRUST_LIST_PATH, type TrustService } from './trust-service';

declare module 'fastify' {
  interface FastifyInstance {
    /** The node's trust lists (tests and operators: `refreshPeers()` fetches the peers now). */
    trustLists: TrustService;
  }
}

/**
 * GET /api/v1/trust-list (scqr-v1 §4): this node's trust list as a compact JWS, signed by the
 * region's anchor, served as `application/jose` text. It is not JSON, so it lives outside the
 * contract registry. Also starts the peer trust-list fetches once the app is ready (without
 * waiting for them; the periodic ones run on the node holding the refresh lease) and stops them
 * when it closes.
 */
export function registerTrustListRoute(app: FastifyInstance, deps: TrustDeps): void {
  const { trust } = deps;
  app.decorate('trustLists', trust);
  trust.setLogger({
    info: (details, message) => app.log.info(details, message),
    warn: (details, message) => app.log.warn(details, message),
  });
  app.get(
    TRUST_LIST_PATH,
    {
      schema: {
        operationId: 'getTrustList',
        summary: "This region's signed trust list (scqr-v1 §4), compact JWS (ES256) by the region's trust anchor",
        tags: ['trust-list'],
        produces: ['application/jose'],
        response: {
          200: z.string().describe('Compact JWS: base64url(header).base64url(trust-list JSON).base64url(ES256 signature)'),
        },
      },
      // A JWS is text, not JSON: sent as is.
      serializerCompiler: () => (data) => String(data),
    },
    async (_request, reply) => {
      reply.header('content-type', 'application/jose');
      // Public and the same for everyone; short, so a rotation spreads quickly.
      reply.header('cache-control', 'public, max-age=60');
      return await trust.ownJws();
    },
  );
  app.addHook('onReady', async () => {
    trust.start();
  });
  app.addHook('preClose', async () => {
    await trust.stop();
  });
}
