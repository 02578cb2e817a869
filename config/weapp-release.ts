/**
 * Which API origin a mini-program build talks to, and the rule that keeps a development origin out
 * of a release. WeChat only lets a released mini-program call HTTPS origins on its request
 * allow-list (request 合法域名), so a release build with an http or missing origin would install
 * fine and then fail every request on a phone: refuse it at build time instead.
 *
 * - development (`taro build --type weapp --watch`, NODE_ENV=development): http://127.0.0.1:8080
 *   unless TARO_APP_API_BASE says otherwise;
 * - test (`TARO_APP_BUILD=test`): a production-optimised build for `npm test`, CI and the benchmark,
 *   which may use http (the runtime test points it at a local test server); never to be uploaded;
 * - release (anything else, i.e. `taro build --type weapp`): TARO_APP_API_BASE must be https://.
 */
/** The variables the rule reads; process.env fits. */
export type BuildEnv = Readonly<Record<string, string | undefined>>;

export type WeappBuildProfile = 'development' | 'test' | 'release';

export const DEV_API_BASE = 'http://127.0.0.1:8080';

export function weappBuildProfile(env: BuildEnv): WeappBuildProfile {
  if (env.TARO_APP_BUILD === 'test') return 'test';
  if (env.NODE_ENV === 'development') return 'development';
  return 'release';
}

export function weappApiBase(env: BuildEnv): string {
  const profile = weappBuildProfile(env);
  const given = env.TARO_APP_API_BASE?.trim();
  if (profile !== 'release') return (given || DEV_API_BASE).replace(/\/+$/, '');
  if (!given) {
    throw new Error(
      'A release weapp build needs TARO_APP_API_BASE=https://<your API domain> (the domain on the mini-program\'s ' +
        'request 合法域名 list). For a local or CI build use TARO_APP_BUILD=test, or `npm run dev:weapp`.',
    );
  }
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    throw new Error(`TARO_APP_API_BASE is not a URL: ${given}`);
  }
  if (url.protocol !== 'https:') {
    throw new Error(`A release weapp build needs an https:// TARO_APP_API_BASE (WeChat refuses other origins); got ${given}`);
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(`TARO_APP_API_BASE must be an origin only (https://host[:port]), got ${given}`);
  }
  return url.origin;
}
