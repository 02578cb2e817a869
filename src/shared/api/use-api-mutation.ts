import { useCallback, useRef, useState } from 'react';
import { invalidateQueries, type QueryKey } from './use-api-query';

export interface ApiMutationOptions<V, R> {
  /** The query families this change makes stale; refetched where they are on screen. */
  invalidates?: (result: R, variables: V) => readonly QueryKey[];
  onSuccess?: (result: R, variables: V) => void;
}

export interface ApiMutation<V, R> {
  /** Sends the change; resolves to the answer, or to undefined when it failed (see `error`). */
  run: (variables: V) => Promise<R | undefined>;
  /** Sends the last failed change again, as it was. */
  retry: () => Promise<R | undefined>;
  busy: boolean;
  error: unknown;
  reset: () => void;
}

/**
 * One change sent to the server, with the states every form shows: busy (and a second tap
 * ignored while it is, so a slow network cannot submit twice), the error to show, a retry.
 */
export function useApiMutation<V, R>(mutate: (variables: V) => Promise<R>, options: ApiMutationOptions<V, R> = {}): ApiMutation<V, R> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const inFlight = useRef(false);
  const last = useRef<{ variables: V } | null>(null);
  const latest = useRef({ mutate, options });
  latest.current = { mutate, options };

  const run = useCallback(async (variables: V): Promise<R | undefined> => {
    if (inFlight.current) return undefined;
    inFlight.current = true;
    last.current = { variables };
    setBusy(true);
    setError(null);
    try {
      const { mutate: send, options: opts } = latest.current;
      const result = await send(variables);
      await Promise.all((opts.invalidates?.(result, variables) ?? []).map((key) => invalidateQueries(key)));
      opts.onSuccess?.(result, variables);
      return result;
    } catch (e) {
      setError(e);
      return undefined;
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  }, []);

  const retry = useCallback(() => (last.current ? run(last.current.variables) : Promise.resolve(undefined)), [run]);
  const reset = useCallback(() => setError(null), []);

  return { run, retry, busy, error, reset };
}
