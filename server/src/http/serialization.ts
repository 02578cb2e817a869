import { isDeepStrictEqual } from 'node:util';
import type { FastifySerializerCompiler } from 'fastify';
import fastJson from 'fast-json-stringify';
import { z } from 'zod';

type Serialize = (data: unknown) => string;

/**
 * Responses leave through fast-json-stringify, compiled once per route from the JSON Schema of the
 * contract's zod schema: parsing every response with zod before JSON.stringify cost about a
 * quarter of the server's CPU under load. Like zod's parse, the compiled serializer drops keys
 * the contract does not declare. A schema it cannot compile falls back to checked JSON.
 */
function compile(schema: z.ZodType): Serialize {
  try {
    const jsonSchema = z.toJSONSchema(schema, { target: 'draft-7', io: 'output', unrepresentable: 'any' });
    return fastJson(jsonSchema as Parameters<typeof fastJson>[0]) as Serialize;
  } catch {
    return (data) => JSON.stringify(schema.parse(data));
  }
}

/**
 * A frozen answer cannot change, so its JSON is kept with it (per route: another route's schema
 * may render it differently) for as long as the answer lives. The catalogue freezes the lists
 * and searches it remembers and hands out again and again; serializing the same twenty services
 * on every request was a tenth of such a request's CPU.
 */
function rememberFrozen(serialize: Serialize): Serialize {
  const remembered = new WeakMap<object, string>();
  return (data) => {
    if (typeof data !== 'object' || data === null || !Object.isFrozen(data)) return serialize(data);
    let json = remembered.get(data);
    if (json === undefined) {
      json = serialize(data);
      remembered.set(data, json);
    }
    return json;
  };
}

/**
 * With `check` (the test suites turn it on), every response is also parsed with the zod schema,
 * and the fast serializer's output must equal zod's: a handler that breaks the contract, or a
 * schema the compiled serializer renders differently, fails the request loudly.
 */
export function responseSerializerCompiler(check: boolean): FastifySerializerCompiler<z.ZodType> {
  return ({ schema, url, method }) => {
    const serialize = rememberFrozen(compile(schema));
    if (!check) return serialize;
    return (data) => {
      const parsed = schema.safeParse(data);
      if (!parsed.success) throw new Error(`${method} ${url}: the response breaks the contract: ${parsed.error.message}`);
      const fast = serialize(data);
      const expected = JSON.parse(JSON.stringify(parsed.data)) as unknown;
      if (!isDeepStrictEqual(JSON.parse(fast), expected)) {
        throw new Error(`${method} ${url}: the compiled serializer differs from the contract: ${fast.slice(0, 300)}`);
      }
      return fast;
    };
  };
}
