import type { FastifyInstance } from 'fastify';

/**
 * JSON bodies through fastify's own parser (it rejects `__proto__` / `constructor` poisoning),
 * except that an empty body parses as "no body": the mini-program's Taro.request sends
 * `Content-Type: application/json` with nothing after it on body-less POSTs such as logout.
 */
export function registerJsonBodyParser(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.trim() === '') {
      done(null, undefined);
      return;
    }
    parseJson(request, text, done);
  });
}
