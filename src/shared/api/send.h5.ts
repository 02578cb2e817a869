import { ApiClientError } from './api-error';
import { errorFromResponse, REQUEST_TIMEOUT_MS, type SendOptions } from './send-options';

/**
 * The browser's transport: fetch, which every browser the H5 supports has. Taro.request's H5
 * layer (JSONP, a response cache, its interceptors) weighs 4 KB gzip on every first load and
 * this client uses none of it.
 */
export async function send(options: SendOptions): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), REQUEST_TIMEOUT_MS);
  let response: Response;
  try {
    response = await fetch(options.url, {
      method: options.method,
      headers: options.headers,
      body: options.data === undefined ? undefined : JSON.stringify(options.data),
      // The session cookie goes to this origin only (the API is served beside the H5).
      credentials: 'same-origin',
      signal: controller.signal,
    });
  } catch (error) {
    const timedOut = controller.signal.aborted;
    throw new ApiClientError(timedOut ? 'TIMEOUT' : 'NETWORK', 0, timedOut ? 'request timed out' : String(error));
  } finally {
    clearTimeout(timer);
  }
  const text = await response.text().catch(() => '');
  const data = parseJson(text);
  if (response.ok) return data;
  throw errorFromResponse(response.status, data);
}

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
