/** Each request's logger (http/logging.ts): bound to the request id, made only to write a line. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FastifyBaseLogger } from 'fastify';
import { requestLogger } from '../src/http/logging';

function parentAt(level: string) {
  const children: { bindings: Record<string, unknown>; lines: [string, unknown[]][] }[] = [];
  const logger = (bindings: Record<string, unknown>, lines: [string, unknown[]][]): FastifyBaseLogger => {
    const write = (name: string) => (...args: unknown[]) => void lines.push([name, args]);
    return {
      level,
      fatal: write('fatal'), error: write('error'), warn: write('warn'), info: write('info'), debug: write('debug'), trace: write('trace'),
      silent: () => undefined,
      child(childBindings: Record<string, unknown>) {
        const child = { bindings: { ...bindings, ...childBindings }, lines: [] as [string, unknown[]][] };
        children.push(child);
        return logger(child.bindings, child.lines);
      },
    } as unknown as FastifyBaseLogger;
  };
  return { parent: logger({}, []), children };
}

test('below the level, nothing is made and nothing written', () => {
  const { parent, children } = parentAt('warn');
  const log = requestLogger(parent, { reqId: 'r-1' }, {});
  log.info({ route: '/api/v1/services' }, 'request');
  log.debug('detail');
  assert.equal(children.length, 0);
  assert.equal(log.level, 'warn');
});

test('a line at the level is written by one child bound to the request id', () => {
  const { parent, children } = parentAt('info');
  const log = requestLogger(parent, { reqId: 'r-2' }, {});
  log.info({ status: 200 }, 'request');
  log.error({ error: 'x' }, 'request failed');
  assert.equal(children.length, 1);
  assert.deepEqual(children[0].bindings, { reqId: 'r-2' });
  assert.deepEqual(children[0].lines, [['info', [{ status: 200 }, 'request']], ['error', [{ error: 'x' }, 'request failed']]]);
});

test('a child of the request logger carries the request id too', () => {
  const { parent, children } = parentAt('warn');
  const log = requestLogger(parent, { reqId: 'r-3' }, {});
  log.child({ plugin: 'rate-limit' }).warn('limited');
  assert.deepEqual(children.map((c) => c.bindings), [{ reqId: 'r-3' }, { reqId: 'r-3', plugin: 'rate-limit' }]);
  assert.deepEqual(children[1].lines, [['warn', ['limited']]]);
});
