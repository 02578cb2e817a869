import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** Taro's H5 build puts content-hashed files here: they never change under the same name. */
const HASHED_DIRS = ['js', 'css', 'static'];

function cacheControlFor(h5Dir: string, filePath: string): string {
  const relative = path.relative(h5Dir, filePath).split(path.sep);
  if (relative.length > 1 && HASHED_DIRS.includes(relative[0])) return 'public, max-age=31536000, immutable';
  // index.html and unhashed files: revalidate every time so a deploy is picked up at once.
  return 'no-cache';
}

/**
 * Serves the H5 build at `/` when H5_DIR exists. Returns the SPA fallback (index.html for
 * browser routes such as /pages/index/index) or null when there is no build to serve.
 */
export async function registerStaticH5(
  app: FastifyInstance,
  h5Dir: string,
): Promise<((request: FastifyRequest, reply: FastifyReply) => FastifyReply) | null> {
  if (!existsSync(h5Dir)) return null;
  await app.register(fastifyStatic, {
    root: h5Dir,
    prefix: '/',
    // The build writes a .gz beside each JS, CSS and HTML file (config/pwa-plugin.ts).
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply, filePath) => {
      reply.header('cache-control', cacheControlFor(h5Dir, filePath));
    },
  });
  return (_request, reply) => reply.header('cache-control', 'no-cache').sendFile('index.html');
}
