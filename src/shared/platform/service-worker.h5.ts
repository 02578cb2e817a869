/**
 * H5: the service worker the production build generates (config/pwa-plugin.ts) keeps the app
 * shell, 亮码 and 亮证 on the phone so they open without network. Registered after load so it
 * never competes with the first screen for bandwidth.
 */
export function registerServiceWorker(): void {
  if (process.env.NODE_ENV !== 'production' || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined);
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
