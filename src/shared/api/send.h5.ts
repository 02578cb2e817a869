import { ApiClientError } from './api-error';
import { errorFromResponse, REQUEST_TIMEOUT_MS, type SendOptions } from './send-options';

/**
 * The browser's transport: fetch, which every browser the H5 supports has. Taro.request's H5
 * layer (JSONP, a response cache, its interceptors) weighs 4 KB gzip on every first load and
 * this client uses none of it.
 */
export async function send(options: SendOptions): Promise<unknown> {
  const controller = new AbortController();
  // The deadline covers the body as well as the headers: an answer that stalls half-way fails too.
  const timer = setTimeout(() => controller.abort(), REQUEST_TIMEOUT_MS);
  let response: Response;
  let text: string;
  try {
    response = await fetch(options.url, {
      method: options.method,
      headers: options.headers,
      body: options.data === undefined ? undefined : JSON.stringify(options.data),
      // The session cookie goes to this origin only (the API is served beside the H5).
      credentials: 'same-origin',
      signal: controller.signal,
    });
    // A body cut off (the page unloading, the network dropping) is a failed request, never an
    // empty success: read as "no answer", a 200 from /me would store an undefined profile and
    // the resident would find himself signed out.
    text = await response.text();
  } catch (error) {
    const timedOut = controller.signal.aborted;
    throw new ApiClientError(timedOut ? 'TIMEOUT' : 'NETWORK', 0, timedOut ? 'request timed out' : String(error));
  } finally {
    clearTimeout(timer);
  }
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
