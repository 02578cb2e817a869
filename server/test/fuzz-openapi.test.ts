import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { fakeH5Build, INTERNAL_TEXT, rawRequest, type RawRequest } from './helpers/raw-http';
import { citizen, staff } from './helpers/applications';
import { startTestServer, type Json, type TestServer } from './helpers/test-server';

/**
 * Every operation of the served OpenAPI document, fed a bounded set of hostile inputs, signed
 * out and signed in: none may answer 5xx, hang, or show internal text (stack frames, SQL,
 * driver or file-system messages). The inputs are fixed, so a failure reproduces.
 */

interface Operation {
  method: string;
  /** OpenAPI path with `{name}` placeholders. */
  path: string;
  operationId: string;
  bodySchema: Json | null;
  pathParams: string[];
  queryParams: string[];
  headerParams: string[];
}

function operationsOf(document: Json): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries<Json>(document.paths)) {
    for (const [method, op] of Object.entries<Json>(item)) {
      const parameters: Json[] = op.parameters ?? [];
      operations.push({
        method: method.toUpperCase(),
        path,
        operationId: op.operationId,
        bodySchema: op.requestBody?.content?.['application/json']?.schema ?? null,
        pathParams: parameters.filter((p) => p.in === 'path').map((p) => p.name),
        queryParams: parameters.filter((p) => p.in === 'query').map((p) => p.name),
        headerParams: parameters.filter((p) => p.in === 'header').map((p) => p.name),
      });
    }
  }
  return operations;
}

/** A value of the wrong JSON type for a property of this schema. */
function wrongTypeFor(schema: Json): unknown {
  switch (schema?.type) {
    case 'string':
      return 12345;
    case 'integer':
    case 'number':
      return '12';
    case 'boolean':
      return 'true';
    case 'array':
      return { 0: 'x' };
    case 'object':
      return ['x'];
    default:
      return { unexpected: [null] };
  }
}

function deepJson(levels: number): string {
  return '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);
}

const UNICODE = ['\u0000', '\ud800', '\u202e\u0627\u0644', '😀'.repeat(50), '\uFEFF', '陈'.repeat(300)].join('');

/** Bodies for an operation that takes one: [label, raw text, content type]. */
function hostileBodies(schema: Json): Array<[string, string, string]> {
  const json = 'application/json';
  const bodies: Array<[string, string, string]> = [
    ['malformed JSON', '{"a":', json],
    ['malformed JSON (trailing)', '{"a":1}}', json],
    ['not JSON at all', 'phone=13800138000', json],
    ['wrong content type', '{}', 'text/plain'],
    ['form content type', 'a=1&b=2', 'application/x-www-form-urlencoded'],
    ['xml content type', '<a/>', 'application/xml'],
    ['empty body', '', json],
    ['null', 'null', json],
    ['array', '[{}]', json],
    ['number', '1e309', json],
    ['string', '"x"', json],
    ['prototype pollution', '{"__proto__":{"admin":true},"constructor":{"prototype":{"admin":true}}}', json],
    ['deep nesting', deepJson(10_000), json],
    ['moderate nesting', deepJson(40), json],
    ['over the body limit', JSON.stringify({ pad: 'x'.repeat(80 * 1024) }), json],
    ['unicode', JSON.stringify({ value: UNICODE }), json],
  ];
  const properties: Record<string, Json> = schema?.properties ?? {};
  const names = Object.keys(properties);
  if (names.length > 0) {
    const wrong: Record<string, unknown> = {};
    const nulls: Record<string, unknown> = {};
    const huge: Record<string, unknown> = {};
    const odd: Record<string, unknown> = {};
    for (const name of names) {
      wrong[name] = wrongTypeFor(properties[name]);
      nulls[name] = null;
      huge[name] = properties[name]?.type === 'string' ? 'x'.repeat(Math.floor(50_000 / names.length)) : Number.MAX_SAFE_INTEGER * 4;
      odd[name] = properties[name]?.type === 'string' ? UNICODE : properties[name]?.type === 'array' ? [UNICODE, -1, {}] : -1;
    }
    // Nested inside a property, so the top-level shape passes and the recursion reaches it.
    bodies.push(['deep nesting in a property', `{"${names[0]}":{"x":${deepJson(10_000)}}}`, json]);
    bodies.push(['deep arrays in a property', `{"${names[0]}":${'['.repeat(10_000)}${']'.repeat(10_000)}}`, json]);
    bodies.push(['wrong types', JSON.stringify(wrong), json]);
    bodies.push(['nulls', JSON.stringify(nulls), json]);
    bodies.push(['huge values', JSON.stringify(huge), json]);
    bodies.push(['odd values', JSON.stringify(odd), json]);
  }
  return bodies;
}

const BAD_PATH_VALUES = ['%', '%E0%A4%A', '..', '%2e%2e%2f%2e%2e', 'a'.repeat(5000), encodeURIComponent('😀陈\u0000'), '%00', 'x%20y', '-1'];
const BAD_QUERIES = ['page=-1&pageSize=1000000000', 'q=%', 'q[]=1&q[]=2', `q=${'x'.repeat(3000)}`, `q=${encodeURIComponent(UNICODE.replace('\ud800', ''))}%ED%A0%80`, 'page=1e309&limit=NaN'];

function fill(path: string, params: string[], value: string): string {
  let filled = path;
  for (const name of params) filled = filled.replace(`{${name}}`, value);
  return filled;
}

/** A plausible id for the parameters the case is not about. */
function plausible(path: string, params: string[]): string {
  return fill(path, params, 'HJ-0001');
}

function casesFor(op: Operation, token: string | null): Array<{ label: string; request: RawRequest }> {
  const cases: Array<{ label: string; request: RawRequest }> = [];
  const auth: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  const base = plausible(op.path, op.pathParams);
  const hasBody = op.bodySchema !== null;
  if (hasBody) {
    for (const [label, body, contentType] of hostileBodies(op.bodySchema)) {
      cases.push({ label, request: { method: op.method, path: base, body, headers: { ...auth, 'content-type': contentType } } });
    }
  } else if (op.method !== 'GET') {
    cases.push({ label: 'unexpected body', request: { method: op.method, path: base, body: '{"a":', headers: { ...auth, 'content-type': 'application/json' } } });
    cases.push({ label: 'unexpected text body', request: { method: op.method, path: base, body: 'x', headers: { ...auth, 'content-type': 'text/plain' } } });
  }
  for (const value of BAD_PATH_VALUES.slice(0, op.pathParams.length > 0 ? BAD_PATH_VALUES.length : 0)) {
    cases.push({
      label: `path param ${value.slice(0, 20)}`,
      request: { method: op.method, path: fill(op.path, op.pathParams, value), headers: { ...auth, ...(hasBody ? { 'content-type': 'application/json' } : {}) }, body: hasBody ? '{}' : undefined },
    });
  }
  if (op.method === 'GET') {
    for (const query of BAD_QUERIES) cases.push({ label: `query ${query.slice(0, 20)}`, request: { method: 'GET', path: `${base}?${query}`, headers: auth } });
  }
  for (const name of op.headerParams) {
    cases.push({
      label: `header ${name}`,
      request: { method: op.method, path: base, headers: { ...auth, [name]: 'x'.repeat(4000), 'content-type': 'application/json' }, body: hasBody ? '{}' : undefined },
    });
  }
  cases.push({ label: 'garbage bearer', request: { method: op.method, path: base, headers: { authorization: `Bearer ${'%'.repeat(300)}` } } });
  return cases;
}

describe('fuzz over every OpenAPI operation', () => {
  let server: TestServer;
  let h5Dir: string;
  let operations: Operation[];
  let sessions: Array<{ who: string; token: string }>;

  before(async () => {
    h5Dir = fakeH5Build();
    // No global limiter: the fuzz sends thousands of requests from one address on purpose.
    server = await startTestServer({ env: { H5_DIR: h5Dir, RATE_LIMIT: 'off' } });
    const document = await server.call('GET', '/api/v1/openapi.json');
    assert.equal(document.status, 200);
    operations = operationsOf(document.body);
    // A real-name verified resident and a supervisor reach past the role checks into more handlers.
    sessions = [
      { who: 'resident', token: (await citizen(server)).token },
      { who: 'supervisor', token: await staff(server, 'chengduSupervisor') },
    ];
  });
  after(async () => {
    await server.close();
    rmSync(h5Dir, { recursive: true, force: true });
  });

  test('no operation answers 5xx, hangs, or shows internal text', async () => {
    assert.ok(operations.length >= 70, `the document lists ${operations.length} operations`);
    const failures: string[] = [];
    let sent = 0;
    const started = Date.now();
    for (const op of operations) {
      // The account deletion would end the sessions the rest of the fuzz uses; it is fuzzed signed out.
      const tokens = op.operationId === 'deleteAccount' ? [null] : [null, ...sessions];
      for (const session of tokens) {
        for (const { label, request } of casesFor(op, session?.token ?? null)) {
          sent += 1;
          const who = session?.who ?? 'signed out';
          try {
            const res = await rawRequest(server.url, { ...request, timeoutMs: 10_000 });
            if (res.status >= 500) failures.push(`${op.method} ${op.path} [${label}, ${who}]: ${res.status} ${res.text.slice(0, 160)}`);
            else if (INTERNAL_TEXT.test(res.text) && res.status >= 400) {
              failures.push(`${op.method} ${op.path} [${label}, ${who}]: internal text in ${res.text.slice(0, 160)}`);
            } else if (res.status >= 400 && !/^application\/json/.test(String(res.headers['content-type']))) {
              failures.push(`${op.method} ${op.path} [${label}, ${who}]: ${res.status} without a JSON error body`);
            }
          } catch (error) {
            failures.push(`${op.method} ${op.path} [${label}, ${who}]: ${(error as Error).message}`);
          }
        }
      }
    }
    assert.deepEqual(failures, [], `${failures.length} of ${sent} requests failed`);
    assert.ok(sent > 3000, `sent ${sent}`);
    assert.ok(Date.now() - started < 60_000, 'the fuzz stays bounded');
    // The server still answers after all of it, and logged no unexpected failure.
    assert.equal((await server.call('GET', '/api/v1/health')).status, 200);
    assert.ok(!server.logs.some((line) => line.includes('request failed')), 'no unexpected error was logged');
  });
});
