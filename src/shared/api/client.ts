import axios, { AxiosError } from 'axios';
import type { EndpointName, RequestBody, RequestParams, RequestQuery, ResponseBody } from '../../../types/api';
import type { ApiError } from '../../../types/common';
import { routes } from '../../../types/routes';
import { useSessionStore } from '../state/session-store';
import { ApiClientError } from './api-error';
import { deviceId } from './device-id';
import { taroAdapter } from './taro-adapter';

const http = axios.create({ baseURL: API_BASE, adapter: taroAdapter, timeout: 15000 });

type CallInput<N extends EndpointName> = {
  body?: RequestBody<N>;
  query?: RequestQuery<N>;
  params?: RequestParams<N>;
  headers?: Record<string, string>;
};

function fillPath(path: string, params: Record<string, unknown> | undefined): string {
  return path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(String(params?.[name] ?? '')));
}

function toClientError(error: unknown): ApiClientError {
  if (error instanceof AxiosError) {
    if (error.response) {
      const body = error.response.data as Partial<ApiError> | undefined;
      if (body && typeof body.code === 'string' && typeof body.message === 'string') {
        return new ApiClientError(body.code, error.response.status, body.message, body.issues ?? []);
      }
      return new ApiClientError('INTERNAL', error.response.status, `HTTP ${error.response.status}`);
    }
    if (error.code === AxiosError.ECONNABORTED) return new ApiClientError('TIMEOUT', 0, error.message);
    return new ApiClientError('NETWORK', 0, error.message);
  }
  return new ApiClientError('NETWORK', 0, String(error));
}

/** Calls one endpoint of the contract; the only way pages and features reach the API. */
export async function callApi<N extends EndpointName>(name: N, input: CallInput<N> = {}): Promise<ResponseBody<N>> {
  const endpoint = routes[name];
  const token = useSessionStore.getState().token;
  try {
    const res = await http.request({
      method: endpoint.method,
      url: fillPath(endpoint.path, input.params as Record<string, unknown> | undefined),
      params: input.query,
      data: input.body,
      headers: {
        ...(endpoint.method !== 'GET' && endpoint.method !== 'DELETE' ? { 'Content-Type': 'application/json' } : {}),
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        'X-Device-Id': deviceId(),
        ...input.headers,
      },
    });
    return res.data as ResponseBody<N>;
  } catch (error) {
    const clientError = toClientError(error);
    // A dead session is cleared at once so every page falls back to its signed-out state.
    if (clientError.code === 'UNAUTHENTICATED' || clientError.code === 'SESSION_EXPIRED') {
      useSessionStore.getState().signOut();
    }
    throw clientError;
  }
}
