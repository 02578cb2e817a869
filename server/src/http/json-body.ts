import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors';

/**
 * The deepest nesting of arrays and objects a body may have. The deepest legitimate body (a
 * draft's answers with a list of materials) nests about 5 levels; recursive validation and
 * serialisation of a body nested thousands deep would overflow the stack instead.
 */
export const MAX_JSON_DEPTH = 32;

/** Nesting depth of a JSON text, counted over brackets outside strings, stopping past `limit`. */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i += 1; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth += 1;
      if (depth > limit) return true;
    } else if (c === 0x7d || c === 0x5d) depth -= 1;
  }
  return false;
}

/**
 * JSON is the only body the API accepts: every other content type is 415 (fastify's default
 * text/plain parser would hand a string to a schema that expects an object). JSON goes through
 * fastify's own parser (it rejects `__proto__` / `constructor` poisoning), after a depth check,
 * and an empty body parses as "no body": the mini-program's Taro.request sends
 * `Content-Type: application/json` with nothing after it on body-less POSTs such as logout.
 */
export function registerJsonBodyParser(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.trim() === '') {
      done(null, undefined);
      return;
    }
    if (jsonDepthExceeds(text, MAX_JSON_DEPTH)) {
      done(new AppError('VALIDATION_FAILED', `The body nests deeper than ${MAX_JSON_DEPTH} levels`), undefined);
      return;
    }
    parseJson(request, text, done);
  });
}
