import type { ApiError } from '@contract/common';
import { ApiClientError } from './api-error';

export const REQUEST_TIMEOUT_MS = 15000;

export interface SendOptions {
  method: string;
  url: string;
  data?: unknown;
  headers: Record<string, string>;
}

/** The contract's error body as a client error; anything else (a proxy's HTML page) as INTERNAL. */
export function errorFromResponse(status: number, data: unknown): ApiClientError {
  const body = data as Partial<ApiError> | undefined;
  if (body && typeof body.code === 'string' && typeof body.message === 'string') {
    return new ApiClientError(body.code, status, body.message, body.issues ?? []);
  }
  return new ApiClientError('INTERNAL', status, `HTTP ${status}`);
}
