import type { Compilable, CompiledQuery, QueryResult } from 'kysely';
import type { Database } from './database';

/** Stands for the i-th argument while a prepared query is built. */
class Argument {
  constructor(readonly index: number) {}
}

export interface PreparedQuery<A extends unknown[], R> {
  /** Runs the query with these values. */
  (...values: A): Promise<QueryResult<R>>;
  /** The compiled statement with these values, to run with others in `db.atomic`. */
  bind(...values: A): CompiledQuery<R>;
}

/**
 * A query of fixed shape, built and compiled once, then run with each call's values. Kysely builds
 * an operation tree and compiles it to SQL on every execution; on the hottest paths (an online
 * resolution's few statements) that cost more CPU than the database running them.
 *
 * `build` gets stand-ins for its `arity` arguments and must hand each to the query as a value (a
 * where operand, an inserted value), never compute with it: every stand-in must come out as a
 * parameter of the compiled query, or this throws when the repository is created, not later with
 * wrong data. The query runs with `db.execute`, so inside a transaction it joins it.
 */
export function prepareQuery<A extends unknown[], R>(db: Database, arity: A['length'], build: (...args: A) => Compilable<R>): PreparedQuery<A, R> {
  const standIns = Array.from({ length: arity }, (_, i) => new Argument(i)) as unknown as A;
  const compiled = build(...standIns).compile();
  const slots = compiled.parameters.map((parameter) => (parameter instanceof Argument ? parameter.index : -1));
  for (let i = 0; i < arity; i += 1) {
    if (!slots.includes(i)) throw new Error(`prepareQuery: argument ${i} is not a parameter of ${compiled.sql}`);
  }
  const bind = (...values: A): CompiledQuery<R> => ({
    ...compiled,
    parameters: slots.map((slot, i) => (slot < 0 ? compiled.parameters[i] : values[slot])),
  });
  return Object.assign((...values: A) => db.execute<R>(bind(...values)), { bind });
}
