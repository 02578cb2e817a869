import path from 'node:path';
import type { UserConfigExport } from '@tarojs/cli';
import { PwaPlugin } from './pwa-plugin';

const NODE_MODULES = /[\\/]node_modules[\\/]/;
// The framework every page runs on: loaded with index.html, as Taro's own `taro` group does.
const FRAMEWORK = /[\\/]node_modules[\\/](@tarojs|react|react-dom|scheduler|@babel[\\/]runtime)[\\/]/;
// Heavy libraries only a few screens use (P-256 and zlib for 亮码/扫码, QR drawing and decoding,
// pinyin search): they stay in chunks shared by just those screens, out of the home page's way.
const HEAVY = /[\\/]node_modules[\\/](@noble|fflate|qrcode-generator|jsqr|pinyin-pro)[\\/]/;
// The domain-free layer and the API route table; other types/ modules (regions, industry codes,
// the form engine) are big and used by a few pages only.
const SHARED_SOURCE = /[\\/]src[\\/]shared[\\/]|[\\/]types[\\/](routes|common)\.ts$/;
const SHARED_HEAVY = /[\\/]src[\\/]shared[\\/]qr[\\/]|[\\/]qr-scanner-panel/;

function resourceOf(module: { resource?: string; nameForCondition?: () => string | null }): string {
  return module.nameForCondition?.() ?? module.resource ?? '';
}

/**
 * H5 chunking. Taro's default splits only initial chunks, so each of the ~33 lazily loaded page
 * chunks carried its own copy of axios, dayjs, zustand, the API client, the UI kit and i18n.
 * Here code two or more pages share is downloaded once, in chunks grouped by the set of pages
 * that share it (libraries, src/shared, feature code), so the home page fetches only what it
 * uses. Measured (npm run bench): one named `vendors`/`shared` chunk for every page made the
 * first load 175 KB gzip; grouping by sharing set, 161 KB; without the two polyfills, 156 KB.
 */
export default {
  mini: {},
  h5: {
    webpackChain(chain) {
      // Installable, and opens offline: manifest, icons and a generated service worker.
      chain.plugin('pwa').use(PwaPlugin);
      // Taro's H5 API imports fetch and AbortController polyfills for browsers older than any
      // that runs this app (both are native in every browser with service workers): 9 KB gzip
      // of the first load. `false` makes webpack resolve them to an empty module.
      const emptyModule = false as unknown as string; // webpack 5 alias semantics; webpack-chain types predate them
      chain.resolve.alias.set('whatwg-fetch$', emptyModule);
      chain.resolve.alias.set('abortcontroller-polyfill/dist/abortcontroller-polyfill-only$', emptyModule);
      // One module per Taro component this app renders (see h5-components/index.js).
      chain.resolve.alias.set('@tarojs/components$', path.resolve(__dirname, 'h5-components', 'index.js'));
      chain.optimization.splitChunks({
        chunks: 'all',
        minSize: 0,
        maxInitialRequests: 8,
        maxAsyncRequests: 12,
        hidePathInfo: true,
        cacheGroups: {
          default: false,
          defaultVendors: false,
          taro: {
            name: 'taro',
            chunks: 'initial',
            test: (module: never) => FRAMEWORK.test(resourceOf(module)),
            priority: 100,
            enforce: true,
          },
          vendors: {
            minChunks: 2,
            minSize: 6000,
            test: (module: never) => NODE_MODULES.test(resourceOf(module)) && !HEAVY.test(resourceOf(module)),
            priority: 30,
            reuseExistingChunk: true,
          },
          shared: {
            minChunks: 2,
            minSize: 6000,
            test: (module: never) => SHARED_SOURCE.test(resourceOf(module)) && !SHARED_HEAVY.test(resourceOf(module)),
            priority: 20,
            reuseExistingChunk: true,
          },
          common: {
            minChunks: 2,
            minSize: 4096,
            priority: 10,
            reuseExistingChunk: true,
          },
        },
      });
    },
  },
} satisfies UserConfigExport<'webpack5'>;
