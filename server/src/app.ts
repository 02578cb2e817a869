import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { productionConfigProblems, refuseUnlessEmpty, type Config } from './config';
import { withSchemaLock } from './db/migrate';
import { openNodeDatabase } from './db/open-node-database';
import { clientErrorHandler, frameworkErrors, registerErrorHandler, registerNotFoundHandler } from './http/error-handling';
import { registerJsonBodyParser } from './http/json-body';
import { AccessLogController, loggerOptions, requestLogger, type LogDestination } from './http/logging';
import { registerOpenApi, registerOpenApiRoute } from './http/openapi';
import { registerRateLimit } from './http/rate-limit';
import { responseSerializerCompiler } from './http/serialization';
import { registerSecurityHeaders } from './http/security-headers';
import { registerSessionCookies } from './http/session-cookie';
import { registerStaticH5 } from './http/static-h5';
import { registerTrustListRoute } from './modules/trust/trust-list-route';
import { zodValidatorCompiler } from './http/validation';
import { createProviders, productionProviderProblems } from './providers/index';
import type { Providers } from './providers/types';
import { registerContractRoutes } from './register-routes';
import { createCrypto } from './security/crypto';
import { loadOrCreateSecrets, secretsFromConfig } from './security/secrets';
import { seedDatabase } from './seed';
import { createServiceContext } from './service-context';

/** 64 KiB: the largest legitimate body (a form with its fields) is a few KiB; files go elsewhere. */
export const BODY_LIMIT_BYTES = 64 * 1024;

/**
 * Anything a caller (a test, a deployment) wants to supply instead of the configured default:
 * any provider, the clock (`now`), and the log destination.
 */
export interface BuildAppOptions extends Partial<Providers> {
  /** Where the pino JSON lines go (default stdout). Tests capture them to check for personal data. */
  logStream?: LogDestination;
  /**
   * False in a cluster worker: its primary migrated and seeded the database just before forking,
   * and workers re-seeding at once would only queue on SQLite's single write lock.
   */
  seed?: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    providers: Providers;
  }
}

/**
 * The API (and the H5 files) as a fastify instance, ready to `listen`. Opens the database (the
 * SQLite file in config.dataDir, or PostgreSQL at config.databaseUrl), migrates and seeds it
 * holding the cluster-wide schema lock; closing the app closes the database.
 */
export async function buildApp(config: Config, options: BuildAppOptions = {}): Promise<FastifyInstance> {
  const { logStream, seed = true, ...providerOverrides } = options;
  if (config.profile === 'production') {
    refuseUnlessEmpty([...productionConfigProblems(config), ...productionProviderProblems(config, providerOverrides)]);
  }
  // Refuses a vanished, emptied, corrupt or replaced database (db/database-guard.ts).
  const db = await openNodeDatabase({
    url: config.databaseUrl, dataDir: config.dataDir, poolSize: config.databasePoolSize, lockWaitMs: config.databaseLockWaitMs,
  });
  try {
    const crypto = createCrypto(config.secrets ? secretsFromConfig(config.secrets) : loadOrCreateSecrets(config.dataDir));
    const providers = createProviders(config, { db, crypto }, providerOverrides);
    if (seed) await withSchemaLock(db, () => seedDatabase(db, { now: providers.now, crypto, region: config.region }, config.profile));
    const modules = await createServiceContext(config, db, crypto, providers);

    const app = Fastify({
      logger: loggerOptions(config, logStream),
      logController: new AccessLogController(),
      childLoggerFactory: requestLogger,
      genReqId: () => randomUUID(),
      bodyLimit: BODY_LIMIT_BYTES,
      // proxy-addr walks X-Forwarded-For from the right and stops at the first untrusted hop.
      trustProxy: config.trustedProxies.length > 0 ? config.trustedProxies : false,
      connectionTimeout: config.timeouts.idleMs,
      requestTimeout: config.timeouts.requestMs,
      keepAliveTimeout: config.timeouts.keepAliveMs,
      // node checks request/headers deadlines on this interval (30 s by default).
      http: {
        headersTimeout: config.timeouts.headersMs,
        connectionsCheckingInterval: Math.max(50, Math.min(30_000, Math.floor(config.timeouts.headersMs / 4))),
      },
      frameworkErrors,
      clientErrorHandler,
    });
    app.decorate('providers', providers);
    app.addHook('onClose', async () => {
      await db.close();
    });

    // Before any route: each route keeps the error handler in force when it was added.
    registerErrorHandler(app);
    app.setValidatorCompiler(zodValidatorCompiler);
    app.setSerializerCompiler(responseSerializerCompiler(config.checkResponses));
    registerJsonBodyParser(app);
    registerSecurityHeaders(app, config.h5Dir);
    await registerSessionCookies(app, { alwaysSecure: config.profile === 'production', sessionTtlHours: config.sessionTtlHours });

    await registerOpenApi(app, config);
    await registerRateLimit(app, config, db);
    registerContractRoutes(app, modules);
    registerTrustListRoute(app, modules.trust);
    registerOpenApiRoute(app);
    const spaFallback = await registerStaticH5(app, config.h5Dir);
    registerNotFoundHandler(app, { spaFallback });
    return app;
  } catch (error) {
    await db.close();
    throw error;
  }
}
