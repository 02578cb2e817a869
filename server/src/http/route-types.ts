import type { z } from 'zod';
import type { EndpointName, Endpoints } from '../../../types/api';
import type { AuthContext } from '../modules/identity/auth-context';
import type { Language } from './language';

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;
type PartOf<N extends EndpointName, K extends 'body' | 'query' | 'params' | 'headers'> = Endpoints[N] extends { [P in K]: infer S }
  ? Parsed<S>
  : undefined;

/** What a handler receives: already validated against the contract, and the caller if the endpoint needs one. */
export interface RouteInput<N extends EndpointName> {
  body: PartOf<N, 'body'>;
  query: PartOf<N, 'query'>;
  params: PartOf<N, 'params'>;
  /** Only the headers the contract declares for the endpoint (validated), else undefined. */
  headers: PartOf<N, 'headers'>;
  auth: Endpoints[N]['auth'] extends true ? AuthContext : null;
  clientIp: string;
  /** From Accept-Language: reference data (names, guides, forms, policies) is answered in it. */
  language: Language;
}

/** The response is checked against the contract's schema on the way out, too. */
export type RouteHandler<N extends EndpointName> = (
  input: RouteInput<N>,
) => z.input<Endpoints[N]['response']> | Promise<z.input<Endpoints[N]['response']>>;

export type RouteHandlers<K extends EndpointName = EndpointName> = { [N in K]: RouteHandler<N> };
