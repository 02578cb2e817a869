/**
 * A module's function `(deps, ...args) => R` as another module calls it: the composition root
 * binds the deps once, so the caller names the service it uses and never sees its dependencies.
 */
export type Bound<F> = F extends (deps: never, ...args: infer A) => infer R ? (...args: A) => R : never;

type DepsFunction<D> = (deps: D, ...args: never[]) => unknown;

/** The functions, each with `deps` bound as its first argument. */
export function bindDeps<D, F extends Record<string, DepsFunction<D>>>(deps: D, functions: F): { [K in keyof F]: Bound<F[K]> } {
  const bound: Record<string, (...args: never[]) => unknown> = {};
  for (const [name, fn] of Object.entries(functions)) bound[name] = (...args: never[]) => fn(deps, ...args);
  return bound as { [K in keyof F]: Bound<F[K]> };
}
