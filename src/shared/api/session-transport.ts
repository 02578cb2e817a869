/**
 * How this build carries the session. The H5 runs in a browser, where any script on the page
 * (an XSS in a dependency) can read localStorage: its session lives in an HttpOnly cookie the
 * server sets and the browser sends by itself, and unsafe requests echo the CSRF token from the
 * readable `tf_csrf` cookie. The mini-program has neither that attacker nor a cookie jar: it keeps
 * the bearer token in wx storage and sends `Authorization`.
 */
export const sessionInCookie = process.env.TARO_ENV === 'h5';

const CSRF_COOKIE = 'tf_csrf';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function readCookie(name: string): string | null {
  for (const part of document.cookie.split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return null;
}

/** The credential headers of one request: the bearer (weapp) or the CSRF echo (H5, unsafe methods). */
export function sessionHeaders(method: string, bearerToken: string | null): Record<string, string> {
  if (!sessionInCookie) return bearerToken ? { Authorization: `Bearer ${bearerToken}` } : {};
  if (SAFE_METHODS.has(method)) return {};
  const csrf = readCookie(CSRF_COOKIE);
  return csrf ? { 'X-CSRF-Token': csrf } : {};
}

/** On a login, asks the server to hand the session over as cookies (H5) instead of in the body. */
export function sessionOpeningHeaders(): Record<string, string> {
  return sessionInCookie ? { 'X-Session-Transport': 'cookie' } : {};
}
