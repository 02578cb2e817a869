/** The mini-program is installed and cached by WeChat: nothing to register. */
export function registerServiceWorker(): void {}
