import type { EndpointName, RequestBody, RequestParams, RequestQuery, ResponseBody } from '@contract/api';
import { routes } from '@contract/routes';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { useSessionStore } from '@/shared/state/session-store';
import { ApiClientError } from './api-error';
import { deviceId } from './device-id';
import { send } from './send';
import { sessionHeaders, sessionOpeningHeaders } from './session-transport';

/** The logins a browser may get its session from as cookies (the weapp login is WeChat-only). */
const OPENS_SESSION: ReadonlySet<EndpointName> = new Set<EndpointName>(['loginWithSms']);

type CallInput<N extends EndpointName> = {
  body?: RequestBody<N>;
  query?: RequestQuery<N>;
  params?: RequestParams<N>;
  headers?: Record<string, string>;
};

function fillPath(path: string, params: Record<string, unknown> | undefined): string {
  return path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(String(params?.[name] ?? '')));
}

function queryString(query: Record<string, unknown> | undefined): string {
  if (!query) return '';
  const pairs = Object.entries(query)
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`);
  return pairs.length > 0 ? `?${pairs.join('&')}` : '';
}

/** Calls one endpoint of the contract; the only way pages and features reach the API. */
export async function callApi<N extends EndpointName>(name: N, input: CallInput<N> = {}): Promise<ResponseBody<N>> {
  const endpoint = routes[name];
  const token = useSessionStore.getState().token;
  try {
    const data = await send({
      method: endpoint.method,
      url: `${API_BASE}${fillPath(endpoint.path, input.params as Record<string, unknown> | undefined)}${queryString(input.query as Record<string, unknown> | undefined)}`,
      data: input.body,
      headers: {
        ...(endpoint.method !== 'GET' && endpoint.method !== 'DELETE' ? { 'Content-Type': 'application/json' } : {}),
        ...sessionHeaders(endpoint.method, token),
        ...(OPENS_SESSION.has(name) ? sessionOpeningHeaders() : {}),
        'X-Device-Id': deviceId(),
        // Reference data (service names, guides, forms, policies) comes back in the reader's language.
        'Accept-Language': usePreferencesStore.getState().language,
        ...input.headers,
      },
    });
    return data as ResponseBody<N>;
  } catch (error) {
    const clientError = error instanceof ApiClientError ? error : new ApiClientError('NETWORK', 0, String(error));
    // A dead session is cleared at once so every page falls back to its signed-out state.
    if (clientError.code === 'UNAUTHENTICATED' || clientError.code === 'SESSION_EXPIRED') {
      useSessionStore.getState().signOut();
    }
    throw clientError;
  }
}
