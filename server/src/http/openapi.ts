import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import type { Config } from '../config';
import { OPENAPI_PATH } from './rate-limit';

/** The OpenAPI document is generated from the same zod schemas the routes validate with. */
export async function registerOpenApi(app: FastifyInstance, config: Config): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: '天府通办-style government services API',
        description: `Region node ${config.region}. Errors are { code, message, issues? } (types/common.ts); a 5xx only { code: INTERNAL, message, requestId }, the requestId naming its log line.`,
        version: config.version,
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'Session token from a login endpoint (mini-program)' },
          sessionCookie: {
            type: 'apiKey',
            in: 'cookie',
            name: 'tf_session',
            description: 'H5: set by a login with x-session-transport: cookie; unsafe methods also need x-csrf-token = the tf_csrf cookie',
          },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
}

/** Registered after the routes are known; hidden from the document it serves. */
export function registerOpenApiRoute(app: FastifyInstance): void {
  app.get(OPENAPI_PATH, { schema: { hide: true } }, async () => app.swagger());
}
