import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { wxApiNames } from './wx-api-names';

/**
 * The built mini-program (dist/weapp) run as WeChat's logic layer runs it: one JS realm holding
 * only ECMAScript and the logic-layer globals (wx, App, Page, Component, Behavior, getApp,
 * getCurrentPages, require, timers, console). No window, document, TextEncoder, fetch; no eval or
 * new Function (code generation from strings is switched off in the realm). `wx` answers only to
 * the names WeChat publishes (miniprogram-api-typings); `wx.request` is real HTTP.
 *
 * This is the part of WeChat a test can reproduce without WeChat: page registration, lifecycles,
 * setData (its size included), navigation, storage, network. The render layer is reproduced by
 * wxml-render.ts with WeChat's own WXML compiler.
 */

type AnyFn = (...args: never[]) => unknown;
type Json = Record<string, unknown>;

export interface WxCall {
  name: string;
  args: unknown[];
}

export interface SetDataRecord {
  route: string;
  bytes: number;
  keys: number;
}

export interface ToastRecord {
  title: string;
  icon?: string;
}

export interface ModalRecord {
  title?: string;
  content?: string;
  confirmText?: string;
}

export interface MiniRuntimeOptions {
  distDir: string;
  /** Where wx.request really goes: the origin the build was made for is replaced by this one. */
  serverUrl: string;
  /** The origin baked into the build (API_BASE). */
  builtApiBase: string;
  /** Device pixel ratio reported by getWindowInfo. */
  pixelRatio?: number;
  /** APIs this phone's base library lacks (an older WeChat): removed from `wx` entirely. */
  withoutApis?: string[];
  /** Answers wx.showModal: true = confirm. Default: confirm. */
  modalAnswer?: (modal: ModalRecord) => boolean;
}

interface PageInstance extends Json {
  route: string;
  __route__: string;
  options: Record<string, string>;
  data: Json;
  setData: (data: Json, cb?: () => void) => void;
}

export class MiniRuntime {
  readonly calls: WxCall[] = [];
  readonly unknownApis: string[] = [];
  readonly errors: string[] = [];
  readonly consoleErrors: string[] = [];
  readonly setDataLog: SetDataRecord[] = [];
  readonly toasts: ToastRecord[] = [];
  readonly modals: ModalRecord[] = [];
  readonly requests: { method: string; url: string; status: number }[] = [];
  /** The files chooseMedia answers with next (host paths); each is readable through getFileSystemManager. */
  nextMedia: string[] = [];
  /** The files chooseMessageFile answers with next (host paths, as if picked from a chat). */
  nextMessageFiles: string[] = [];
  /** What the app wrote with the file system manager (under wx.env.USER_DATA_PATH), by path. */
  readonly writtenFiles = new Map<string, Buffer>();
  /** Every document wx.openDocument showed, in order. */
  readonly openedDocuments: { filePath: string; fileType?: string; showMenu?: boolean }[] = [];
  /** What scanCode answers with next. */
  nextScan: string | null = null;
  /** wx.login codes handed out, in order. */
  readonly loginCodes: string[] = [];
  readonly storage = new Map<string, string>();
  screen = { brightness: 0.5, keepScreenOn: false, visualEffect: 'none' as string, captureListeners: 0 };
  privacy = { needAuthorizationHandlers: 0, requireAuthorizeCalls: 0 };

  private readonly ctx: vm.Context;
  private readonly vmJson: JSON;
  private readonly modules = new Map<string, { exports: unknown }>();
  private readonly pageConfigs = new Map<string, Json>();
  private readonly stack: PageInstance[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly pendingShort = new Set<unknown>();
  private readonly timerCallbacks = new WeakMap<NodeJS.Timeout, unknown>();
  private readonly intervals = new Set<NodeJS.Timeout>();
  private readonly appJson: { pages: string[]; subPackages?: { root: string; pages: string[] }[]; tabBar?: { custom?: boolean; list: { pagePath: string }[] } };
  /** app.json `tabBar.custom`: each tab page gets its own instance of custom-tab-bar/index. */
  private readonly tabBars = new Map<PageInstance, PageInstance>();
  private loadingComponent: string | null = null;
  private readonly componentConfigs = new Map<string, Json>();
  private readonly tabPages: Set<string>;
  private readonly apiNames: Set<string>;
  private readonly wxExtras: Record<string, unknown> = {};
  private readonly files = new Map<string, string>();
  private appInstance: Json | null = null;
  private inFlight = 0;
  private lastActivity = Date.now();
  private loadingRoute: string | null = null;
  private mediaCounter = 0;
  private privacyHandler: ((resolve: (o: unknown) => void, info: unknown) => void) | null = null;
  /** What the app answered WeChat's privacy request with, in order (exposure, then agree/disagree). */
  readonly privacyAnswers: { event: string; buttonId?: string }[] = [];
  private online = true;
  private readonly networkListeners = new Set<(r: unknown) => void>();
  private disposed = false;
  private readonly onRejection = (reason: unknown) => {
    this.errors.push(`unhandled rejection: ${describe(reason)}`);
  };

  constructor(private readonly options: MiniRuntimeOptions) {
    this.appJson = JSON.parse(readFileSync(path.join(options.distDir, 'app.json'), 'utf8'));
    this.tabPages = new Set((this.appJson.tabBar?.list ?? []).map((t) => t.pagePath));
    this.apiNames = wxApiNames();
    for (const name of options.withoutApis ?? []) this.apiNames.delete(name);
    const sandbox: Json = {};
    this.ctx = vm.createContext(sandbox, { name: 'weapp-logic-layer', codeGeneration: { strings: false, wasm: false } });
    this.vmJson = vm.runInContext('JSON', this.ctx) as JSON;
    const timerApi = this.timerApi();
    Object.assign(sandbox, {
      wx: this.createWx(),
      App: (config: Json) => {
        this.appInstance = config;
      },
      Page: (config: Json) => {
        if (!this.loadingRoute) throw new Error('Page() called outside a page file');
        this.pageConfigs.set(this.loadingRoute, config);
      },
      // comp.js registers Taro's recursive wrapper; the render layer (wxml-render.ts) draws it.
      // The custom tab bar is a component the runtime itself creates, so its config is kept.
      Component: (config: Json) => {
        if (this.loadingComponent) this.componentConfigs.set(this.loadingComponent, config);
      },
      Behavior: (config: Json) => config,
      getApp: () => this.appInstance,
      getCurrentPages: () => [...this.stack],
      console: this.createConsole(),
      ...timerApi,
    });
    process.on('unhandledRejection', this.onRejection);
  }

  // ---- module system (WeChat's define/require, one file = one function) ----

  private requireFile(file: string): unknown {
    const normalized = path.posix.normalize(file.endsWith('.js') ? file : `${file}.js`);
    const cached = this.modules.get(normalized);
    if (cached) return cached.exports;
    const full = path.join(this.options.distDir, normalized);
    if (!existsSync(full)) throw new Error(`require: no ${normalized} in dist/weapp`);
    const module = { exports: {} as unknown };
    this.modules.set(normalized, module);
    const source = readFileSync(full, 'utf8');
    const script = new vm.Script(`(function (require, module, exports) {${source}\n})`, { filename: normalized });
    const fn = script.runInContext(this.ctx) as (req: (p: string) => unknown, m: typeof module, e: unknown) => void;
    const dir = path.posix.dirname(normalized);
    fn((p: string) => this.requireFile(p.startsWith('.') ? path.posix.join(dir, p) : p), module, module.exports);
    return module.exports;
  }

  // ---- app and pages ----

  /** Runs app.js and App.onLaunch/onShow, then opens the first page. */
  async launch(entry = this.appJson.pages[0]): Promise<void> {
    this.guard(() => this.requireFile('app.js'));
    if (!this.appInstance) throw new Error('app.js did not call App()');
    const launch = toVmValue(this.vmJson, { path: entry, query: {}, scene: 1001 });
    this.guard(() => (this.appInstance!.onLaunch as AnyFn | undefined)?.call(this.appInstance, launch as never));
    this.guard(() => (this.appInstance!.onShow as AnyFn | undefined)?.call(this.appInstance, launch as never));
    await this.openPage(entry, {});
    await this.settle();
  }

  /** Every page route declared in app.json, main package and sub-packages. */
  allRoutes(): string[] {
    const subs = (this.appJson.subPackages ?? []).flatMap((s) => s.pages.map((p) => `${s.root}/${p}`));
    return [...this.appJson.pages, ...subs];
  }

  isTab(route: string): boolean {
    return this.tabPages.has(route);
  }

  currentPage(): PageInstance {
    const page = this.stack[this.stack.length - 1];
    if (!page) throw new Error('no page open');
    return page;
  }

  /** Runs a page's or component's file, which registers it with Page() or Component(). */
  private requireEntry(file: string, loading: 'loadingRoute' | 'loadingComponent'): void {
    this[loading] = file;
    try {
      this.requireFile(`${file}.js`);
    } catch (error) {
      // On a phone the page stays blank and the error goes to the console: a failure either way.
      this.errors.push(`${file}.js: ${describe(error)}`);
      throw error;
    } finally {
      this[loading] = null;
    }
  }

  private loadPageConfig(route: string): Json {
    const existing = this.pageConfigs.get(route);
    if (existing) return existing;
    this.requireEntry(route, 'loadingRoute');
    const config = this.pageConfigs.get(route);
    if (!config) throw new Error(`${route}.js did not call Page()`);
    return config;
  }

  private async openPage(route: string, query: Record<string, string>): Promise<PageInstance> {
    const config = this.loadPageConfig(route);
    const page: PageInstance = Object.create(null);
    for (const [key, value] of Object.entries(config)) {
      if (key === 'data') continue;
      page[key] = value;
    }
    page.data = toVmValue(this.vmJson, config.data ?? {}) as Json;
    page.route = route;
    page.__route__ = route;
    page.options = query;
    page.__wxWebviewId__ = this.stack.length + 1;
    page.__wxExparserNodeId__ = `page-${route}`;
    page.setData = (data: Json, cb?: () => void) => this.setData(page, data, cb);
    page.selectComponent = () => null;
    page.selectAllComponents = () => [];
    page.createSelectorQuery = () => this.selectorQuery();
    page.getOpenerEventChannel = () => ({ on: () => undefined, emit: () => undefined, off: () => undefined });
    const previous = this.stack[this.stack.length - 1];
    if (previous) this.guard(() => (previous.onHide as AnyFn | undefined)?.call(previous));
    this.stack.push(page);
    const vmQuery = toVmValue(this.vmJson, query);
    this.guard(() => (page.onLoad as AnyFn | undefined)?.call(page, vmQuery as never));
    this.guard(() => (page.onShow as AnyFn | undefined)?.call(page));
    if (this.appJson.tabBar?.custom && this.isTab(route)) this.attachTabBar(page);
    await this.tick();
    this.guard(() => (page.onReady as AnyFn | undefined)?.call(page));
    return page;
  }

  /** WeChat creates a custom tab bar for each tab page, attached to it (`page.getTabBar()`). */
  private attachTabBar(page: PageInstance): void {
    const file = 'custom-tab-bar/index';
    if (!this.componentConfigs.has(file)) this.requireEntry(file, 'loadingComponent');
    const config = this.componentConfigs.get(file);
    if (!config) throw new Error(`${file}.js did not call Component()`);
    const bar: PageInstance = Object.create(null);
    Object.assign(bar, (config.methods as Json | undefined) ?? {});
    bar.data = toVmValue(this.vmJson, config.data ?? {}) as Json;
    bar.route = file;
    bar.__route__ = file;
    bar.options = {};
    bar.is = file;
    bar.setData = (data: Json, cb?: () => void) => this.setData(bar, data, cb);
    bar.getPageId = () => `page-${page.__wxWebviewId__}`;
    page.getTabBar = () => bar;
    this.tabBars.set(page, bar);
    const lifetimes = (config.lifetimes as Json | undefined) ?? config;
    this.guard(() => (lifetimes.attached as AnyFn | undefined)?.call(bar));
  }

  /** The custom tab bar of the page on screen, or null (a page that is not a tab, or WeChat's own bar). */
  tabBar(): { route: string; data: Json } | null {
    const bar = this.tabBars.get(this.currentPage());
    return bar ? { route: bar.route, data: bar.data } : null;
  }

  private unloadTop(): void {
    const page = this.stack.pop();
    if (page) this.guard(() => (page.onUnload as AnyFn | undefined)?.call(page));
    const bar = page && this.tabBars.get(page);
    if (page && bar) {
      this.tabBars.delete(page);
      const config = this.componentConfigs.get(bar.route) ?? {};
      const lifetimes = (config.lifetimes as Json | undefined) ?? config;
      this.guard(() => (lifetimes.detached as AnyFn | undefined)?.call(bar));
    }
  }

  private async showTop(): Promise<void> {
    const top = this.stack[this.stack.length - 1];
    if (top) this.guard(() => (top.onShow as AnyFn | undefined)?.call(top));
    await this.tick();
  }

  /** Opens a page the way a link from outside does: tab pages by switchTab, others by reLaunch. */
  async open(url: string): Promise<PageInstance> {
    const { route, query } = parseUrl(url);
    if (this.isTab(route)) await this.switchTab(route);
    else await this.reLaunch(route, query);
    await this.settle();
    return this.currentPage();
  }

  private async switchTab(route: string): Promise<void> {
    while (this.stack.length > 0 && !this.isTab(this.stack[this.stack.length - 1].route)) this.unloadTop();
    const existing = this.stack.find((p) => p.route === route);
    if (existing) {
      for (const p of this.stack) if (p !== existing) this.guard(() => (p.onHide as AnyFn | undefined)?.call(p));
      this.stack.splice(this.stack.indexOf(existing), 1);
      this.stack.push(existing);
      await this.showTop();
      return;
    }
    await this.openPage(route, {});
  }

  private async reLaunch(route: string, query: Record<string, string>): Promise<void> {
    while (this.stack.length > 0) this.unloadTop();
    await this.openPage(route, query);
  }

  /** The system back gesture. */
  async back(): Promise<void> {
    if (this.stack.length > 1) this.unloadTop();
    await this.showTop();
    await this.settle();
  }

  // ---- setData: the one channel from logic to view ----

  private setData(page: PageInstance, data: Json, cb?: () => void): void {
    const text = JSON.stringify(data);
    this.setDataLog.push({ route: page.route, bytes: Buffer.byteLength(text, 'utf8'), keys: Object.keys(data).length });
    this.lastActivity = Date.now();
    // WeChat serialises setData across the bridge: what arrives is a copy, functions dropped.
    const copy = this.vmJson.parse(text) as Json;
    for (const [key, value] of Object.entries(copy)) setPath(page.data, key, value);
    if (cb) this.later(() => cb.call(page));
  }

  private selectorQuery() {
    const query = {
      select: () => query,
      selectAll: () => query,
      selectViewport: () => query,
      in: () => query,
      boundingClientRect: () => query,
      scrollOffset: () => query,
      fields: () => query,
      node: () => query,
      exec: (cb?: (r: unknown[]) => void) => cb && this.later(() => cb(toVmValue(this.vmJson, []) as unknown[])),
    };
    return query;
  }

  // ---- events ----

  /** Fires a WXML event at the element with this id, through the page's `eh` handler as bindtap would. */
  dispatch(sid: string, type: string, detail: Json = {}, handler = 'eh', on: 'page' | 'tabBar' = 'page'): void {
    const page = on === 'tabBar' ? this.tabBars.get(this.currentPage()) : this.currentPage();
    if (!page) throw new Error(`no tab bar on ${this.currentPage().route}`);
    const fn = page[handler] as AnyFn | undefined;
    if (typeof fn !== 'function') throw new Error(`page ${page.route} has no ${handler} handler`);
    const target = { id: sid, dataset: { sid }, offsetLeft: 0, offsetTop: 0 };
    const event = toVmValue(this.vmJson, {
      type,
      timeStamp: Date.now(),
      target,
      currentTarget: target,
      detail,
      touches: [],
      changedTouches: [],
    });
    this.lastActivity = Date.now();
    this.guard(() => fn.call(page, event as never));
  }

  // ---- time ----

  private timerApi() {
    const wrap = (cb: unknown, args: unknown[]) => () => {
      if (this.disposed) return;
      this.lastActivity = Date.now();
      this.guard(() => (cb as AnyFn)(...(args as never[])));
    };
    return {
      setTimeout: (cb: unknown, ms?: number, ...args: unknown[]) => {
        // Short timers are work in progress (React's scheduler, Taro's nextTick): settle() waits for them.
        const short = (ms ?? 0) <= 1000;
        if (short) this.pendingShort.add(cb);
        const handle = setTimeout(() => {
          this.timers.delete(handle);
          this.pendingShort.delete(cb);
          wrap(cb, args)();
        }, ms ?? 0);
        this.timers.add(handle);
        this.timerCallbacks.set(handle, cb);
        return handle;
      },
      clearTimeout: (handle: NodeJS.Timeout) => {
        clearTimeout(handle);
        this.timers.delete(handle);
        const cb = this.timerCallbacks.get(handle);
        if (cb) this.pendingShort.delete(cb);
      },
      setInterval: (cb: unknown, ms?: number, ...args: unknown[]) => {
        const handle = setInterval(wrap(cb, args), ms ?? 0);
        this.intervals.add(handle);
        return handle;
      },
      clearInterval: (handle: NodeJS.Timeout) => {
        clearInterval(handle);
        this.intervals.delete(handle);
      },
    };
  }

  /** WeChat answers callbacks asynchronously; settle() waits for the answers still queued. */
  private later(fn: () => void, ms = 0): void {
    const token = {};
    this.pendingShort.add(token);
    const handle = setTimeout(() => {
      this.timers.delete(handle);
      this.pendingShort.delete(token);
      if (!this.disposed) this.guard(fn);
      this.lastActivity = Date.now();
    }, ms);
    this.timers.add(handle);
  }

  private tick(ms = 0): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, ms));
  }

  /** Waits until no request is in flight and nothing has been set for a moment (at most `maxMs`). */
  async settle(maxMs = 8000): Promise<void> {
    const start = Date.now();
    for (;;) {
      await this.tick(15);
      const quiet = Date.now() - this.lastActivity > 60;
      if (this.inFlight === 0 && this.pendingShort.size === 0 && quiet) return;
      if (Date.now() - start > maxMs) {
        if (this.inFlight > 0) throw new Error(`settle: ${this.inFlight} request(s) still in flight after ${maxMs} ms`);
        return; // a page that keeps itself busy (a ticking clock): what is on screen now is what it shows
      }
    }
  }

  // ---- errors ----

  private guard<T>(fn: () => T): T | undefined {
    try {
      return fn();
    } catch (error) {
      this.errors.push(describe(error));
      return undefined;
    }
  }

  private createConsole() {
    const log = () => undefined;
    return {
      log,
      info: log,
      debug: log,
      warn: log,
      error: (...args: unknown[]) => {
        this.consoleErrors.push(args.map(describe).join(' '));
      },
      group: log,
      groupEnd: log,
      time: log,
      timeEnd: log,
    };
  }

  dispose(): void {
    this.disposed = true;
    for (const t of this.timers) clearTimeout(t);
    for (const t of this.intervals) clearInterval(t);
    this.timers.clear();
    this.intervals.clear();
    process.off('unhandledRejection', this.onRejection);
  }

  // ---- wx ----

  private record(name: string, args: unknown[]): void {
    this.calls.push({ name, args });
  }

  callsOf(name: string): WxCall[] {
    return this.calls.filter((c) => c.name === name);
  }

  /** success/fail/complete callbacks and the promise-less style WeChat uses. */
  private respond(options: unknown, name: string, result: Json | Error): void {
    const o = (options ?? {}) as { success?: AnyFn; fail?: AnyFn; complete?: AnyFn };
    this.later(() => {
      if (result instanceof Error) {
        const err = toVmValue(this.vmJson, { errMsg: `${name}:fail ${result.message}` });
        o.fail?.(err as never);
        o.complete?.(err as never);
      } else {
        const res = toVmValue(this.vmJson, { errMsg: `${name}:ok`, ...result });
        o.success?.(res as never);
        o.complete?.(res as never);
      }
    });
  }

  private createWx(): unknown {
    const implemented = this.implementedApis();
    const names = this.apiNames;
    const extras = this.wxExtras;
    const unknownApis = this.unknownApis;
    const record = (name: string, args: unknown[]) => this.record(name, args);
    const respond = (options: unknown, name: string) => this.respond(options, name, {});
    const vmJson = this.vmJson;
    return new Proxy(
      {},
      {
        has: (_, key) => typeof key === 'string' && (names.has(key) || key in extras),
        // Taro promisifies every API it finds with Object.keys(wx).
        ownKeys: () => [...names, ...Object.keys(extras)],
        getOwnPropertyDescriptor: (_, key) =>
          typeof key === 'string' && (names.has(key) || key in extras)
            ? { configurable: true, enumerable: true, writable: true, value: extras[key] }
            : undefined,
        get: (target, key) => {
          if (typeof key !== 'string') return undefined;
          if (key in extras) return extras[key];
          if (!names.has(key)) {
            if (key in Object.prototype) return Reflect.get(target, key);
            // The bundler's own slot on wx, read before its first write.
            if (key === 'webpackJsonp') return undefined;
            unknownApis.push(key);
            return undefined;
          }
          const impl = implemented[key];
          if (impl) return impl;
          if (key === 'env') return toVmValue(vmJson, { USER_DATA_PATH });
          // A real WeChat API this runtime does not model: accepted and answered with success.
          return (...args: unknown[]) => {
            record(key, args);
            if (/^(on|off)[A-Z]/.test(key) || /Sync$/.test(key)) return undefined;
            respond(args[0], key);
            return undefined;
          };
        },
        set: (_, key, value) => {
          if (typeof key === 'string') extras[key] = value;
          return true;
        },
      },
    );
  }

  private implementedApis(): Record<string, AnyFn> {
    const vmJson = this.vmJson;
    const toVm = (v: unknown) => toVmValue(vmJson, v);
    const api: Record<string, (...args: never[]) => unknown> = {};
    const VmPromise = vm.runInContext('Promise', this.ctx) as PromiseConstructor;
    const def = (name: string, fn: (...args: never[]) => unknown) => {
      api[name] = (...args: never[]) => {
        this.record(name, args);
        // Like WeChat (base library 2.10.2+): an async API called without callbacks returns a Promise.
        const options = args[0] as Record<string, unknown> | undefined;
        const callbackStyle = options && typeof options === 'object' && ['success', 'fail', 'complete'].some((k) => typeof options[k] === 'function');
        if (isAsyncApi(name) && !callbackStyle) {
          return new VmPromise((resolve, reject) => {
            fn(...([{ ...(options ?? {}), success: resolve, fail: reject }] as never[]));
          });
        }
        return fn(...args);
      };
    };
    const windowInfo = () => ({
      pixelRatio: this.options.pixelRatio ?? 3,
      screenWidth: 375,
      screenHeight: 812,
      windowWidth: 375,
      windowHeight: 812,
      statusBarHeight: 44,
      safeArea: { left: 0, right: 375, top: 44, bottom: 778, width: 375, height: 734 },
      screenTop: 0,
    });
    const baseInfo = () => ({ SDKVersion: '3.6.0', language: 'zh_CN', version: '8.0.50', theme: 'light', fontSizeSetting: 16, fontSizeScaleFactor: 1, enableDebug: false, host: { env: 'WeChat' } });
    const deviceInfo = () => ({ brand: 'devtools', model: 'iPhone 12', platform: 'ios', system: 'iOS 16.0', abi: 'arm64', benchmarkLevel: 1 });
    def('getWindowInfo', () => toVm(windowInfo()));
    def('getAppBaseInfo', () => toVm(baseInfo()));
    def('getDeviceInfo', () => toVm(deviceInfo()));
    def('getSystemSetting', () => toVm({ bluetoothEnabled: false, locationEnabled: true, wifiEnabled: true, deviceOrientation: 'portrait' }));
    def('getAppAuthorizeSetting', () => toVm({ cameraAuthorized: 'authorized', locationAuthorized: 'authorized' }));
    def('getSystemInfoSync', () => toVm({ ...windowInfo(), ...baseInfo(), ...deviceInfo() }));
    def('getSystemInfo', (o: never) => this.respond(o, 'getSystemInfo', { ...windowInfo(), ...baseInfo(), ...deviceInfo() }));
    def('getMenuButtonBoundingClientRect', () => toVm({ width: 87, height: 32, top: 48, right: 368, bottom: 80, left: 281 }));
    def('canIUse', () => true);
    def('getAccountInfoSync', () => toVm({ miniProgram: { appId: 'touristappid', envVersion: 'develop', version: '' } }));
    def('getLaunchOptionsSync', () => toVm({ path: this.appJson.pages[0], query: {}, scene: 1001 }));
    def('getEnterOptionsSync', () => toVm({ path: this.appJson.pages[0], query: {}, scene: 1001 }));

    // storage
    def('getStorageSync', (key: string) => {
      const raw = this.storage.get(key);
      return raw === undefined ? '' : vmJson.parse(raw);
    });
    def('setStorageSync', (key: string, value: unknown) => {
      this.storage.set(key, JSON.stringify(value));
    });
    def('removeStorageSync', (key: string) => {
      this.storage.delete(key);
    });
    def('clearStorageSync', () => this.storage.clear());
    def('getStorageInfoSync', () => toVm({ keys: [...this.storage.keys()], currentSize: 1, limitSize: 10240 }));
    def('getStorage', (o: { key: string }) => {
      const raw = this.storage.get(o.key);
      this.respond(o, 'getStorage', raw === undefined ? new Error('data not found') : { data: JSON.parse(raw) });
    });
    def('setStorage', (o: { key: string; data: unknown }) => {
      this.storage.set(o.key, JSON.stringify(o.data));
      this.respond(o, 'setStorage', {});
    });
    def('removeStorage', (o: { key: string }) => {
      this.storage.delete(o.key);
      this.respond(o, 'removeStorage', {});
    });

    // network: real HTTP to the test server
    def('request', (o: { url: string; method?: string; data?: unknown; header?: Record<string, string>; dataType?: string; timeout?: number }) => {
      if (!this.online) {
        this.respond(o, 'request', new Error('net::ERR_INTERNET_DISCONNECTED'));
        return toVm({ abort: () => undefined });
      }
      const url = o.url.startsWith(this.options.builtApiBase) ? this.options.serverUrl + o.url.slice(this.options.builtApiBase.length) : o.url;
      if (!url.startsWith(this.options.serverUrl)) {
        this.respond(o, 'request', new Error(`url not in domain list: ${o.url}`));
        return toVm({ abort: () => undefined });
      }
      const method = (o.method ?? 'GET').toUpperCase();
      const headers: Record<string, string> = { ...(o.header ?? {}) };
      let body: string | undefined;
      if (method !== 'GET' && method !== 'HEAD' && o.data !== undefined && o.data !== null) {
        body = typeof o.data === 'string' ? o.data : JSON.stringify(o.data);
        if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) headers['content-type'] = 'application/json';
      }
      this.inFlight += 1;
      this.lastActivity = Date.now();
      fetch(url, { method, headers, body, signal: AbortSignal.timeout(o.timeout ?? 15000) })
        .then(async (res) => {
          const text = await res.text();
          let data: unknown = text;
          if ((o.dataType ?? 'json') === 'json') {
            try {
              data = text ? JSON.parse(text) : '';
            } catch {
              data = text;
            }
          }
          const header: Record<string, string> = {};
          res.headers.forEach((v, k) => (header[k] = v));
          this.requests.push({ method, url: new URL(url).pathname, status: res.status });
          this.respond(o, 'request', { statusCode: res.status, data, header });
        })
        .catch((error: unknown) => this.respond(o, 'request', new Error(describe(error))))
        .finally(() => {
          this.inFlight -= 1;
          this.lastActivity = Date.now();
        });
      return toVm({ abort: () => undefined, onHeadersReceived: () => undefined, offHeadersReceived: () => undefined });
    });
    def('getNetworkType', (o: never) => this.respond(o, 'getNetworkType', { networkType: this.online ? 'wifi' : 'none' }));
    def('onNetworkStatusChange', (fn: (r: unknown) => void) => void this.networkListeners.add(fn));
    def('offNetworkStatusChange', (fn?: (r: unknown) => void) => {
      if (fn) this.networkListeners.delete(fn);
      else this.networkListeners.clear();
    });

    // identity
    def('login', (o: never) => {
      const code = `dev:harness-${this.loginCodes.length + 1}`;
      this.loginCodes.push(code);
      this.respond(o, 'login', { code });
    });

    // navigation
    const nav = (name: string, fn: (route: string, query: Record<string, string>) => Promise<void>) =>
      def(name, (o: { url: string }) => {
        const { route, query } = parseUrl(o.url);
        const known = this.allRoutes().includes(route);
        if (!known) {
          this.errors.push(`${name} to an undeclared page: ${o.url}`);
          this.respond(o, name, new Error(`page "${route}" is not found`));
          return;
        }
        fn(route, query).then(
          () => this.respond(o, name, {}),
          (error: unknown) => this.errors.push(describe(error)),
        );
      });
    nav('navigateTo', async (route, query) => {
      if (this.isTab(route)) throw new Error(`navigateTo a tab page: ${route}`);
      // WeChat keeps at most 10 pages; the 11th navigateTo fails on a phone.
      if (this.stack.length >= 10) throw new Error(`navigateTo ${route}: webview count limit exceed (10 pages)`);
      await this.openPage(route, query);
    });
    nav('redirectTo', async (route, query) => {
      if (this.isTab(route)) throw new Error(`redirectTo a tab page: ${route}`);
      this.unloadTop();
      await this.openPage(route, query);
    });
    nav('switchTab', async (route) => {
      if (!this.isTab(route)) throw new Error(`switchTab to a non-tab page: ${route}`);
      await this.switchTab(route);
    });
    nav('reLaunch', (route, query) => this.reLaunch(route, query));
    def('navigateBack', (o: { delta?: number }) => {
      const delta = Math.max(1, o?.delta ?? 1);
      for (let i = 0; i < delta && this.stack.length > 1; i += 1) this.unloadTop();
      void this.showTop().then(() => this.respond(o, 'navigateBack', {}));
    });

    // UI feedback
    def('showToast', (o: ToastRecord) => {
      this.toasts.push({ title: o.title, icon: o.icon });
      this.respond(o, 'showToast', {});
    });
    def('showModal', (o: ModalRecord) => {
      this.modals.push({ title: o.title, content: o.content, confirmText: o.confirmText });
      const confirm = this.options.modalAnswer ? this.options.modalAnswer(o) : true;
      this.respond(o, 'showModal', { confirm, cancel: !confirm });
    });

    // the code screen
    def('getScreenBrightness', (o: never) => this.respond(o, 'getScreenBrightness', { value: this.screen.brightness }));
    def('setScreenBrightness', (o: { value: number }) => {
      this.screen.brightness = o.value;
      this.respond(o, 'setScreenBrightness', {});
    });
    def('setKeepScreenOn', (o: { keepScreenOn: boolean }) => {
      this.screen.keepScreenOn = o.keepScreenOn;
      this.respond(o, 'setKeepScreenOn', {});
    });
    def('setVisualEffectOnCapture', (o: { visualEffect: string }) => {
      this.screen.visualEffect = o.visualEffect;
      this.respond(o, 'setVisualEffectOnCapture', {});
    });
    def('onUserCaptureScreen', () => {
      this.screen.captureListeners += 1;
    });
    def('offUserCaptureScreen', () => {
      this.screen.captureListeners = Math.max(0, this.screen.captureListeners - 1);
    });

    // privacy (基础库 2.32.3+ with __usePrivacyCheck__)
    def('onNeedPrivacyAuthorization', (fn: (resolve: (o: unknown) => void, info: unknown) => void) => {
      this.privacy.needAuthorizationHandlers += 1;
      this.privacyHandler = fn;
    });
    def('requirePrivacyAuthorize', (o: never) => {
      this.privacy.requireAuthorizeCalls += 1;
      this.respond(o, 'requirePrivacyAuthorize', {});
    });
    def('getPrivacySetting', (o: never) => this.respond(o, 'getPrivacySetting', { needAuthorization: false, privacyContractName: '《天府通办小程序隐私保护指引》' }));

    // 就近办: a fixed spot in 成都 (天府广场)
    def('getLocation', (o: never) =>
      this.respond(o, 'getLocation', { latitude: 30.6574, longitude: 104.0659, accuracy: 30, speed: 0, altitude: 0, verticalAccuracy: 0, horizontalAccuracy: 30 }),
    );

    // media and files
    def('chooseMedia', (o: { count?: number; mediaType?: string[] }) => {
      const chosen = this.nextMedia.splice(0, Math.max(1, o.count ?? 9));
      if (chosen.length === 0) {
        this.respond(o, 'chooseMedia', new Error('cancel'));
        return;
      }
      const tempFiles = chosen.map((host) => {
        this.mediaCounter += 1;
        const temp = `wxfile://tmp_${this.mediaCounter}${path.extname(host)}`;
        this.files.set(temp, host);
        return { tempFilePath: temp, size: readFileSync(host).length, fileType: 'image', width: 800, height: 600 };
      });
      this.respond(o, 'chooseMedia', { tempFiles, type: 'image' });
    });
    // A document sent in a chat, as WeChat hands it over: a temp path with the original name.
    def('chooseMessageFile', (o: { count: number; type?: string; extension?: string[] }) => {
      const chosen = this.nextMessageFiles.splice(0, Math.max(1, o.count));
      if (chosen.length === 0) {
        this.respond(o, 'chooseMessageFile', new Error('cancel'));
        return;
      }
      // WeChat greys out files whose extension the app did not ask for: queuing one is a test mistake.
      const allowed = o.extension?.map((e) => e.replace(/^\./, '').toLowerCase());
      const refused = chosen.filter((host) => allowed && !allowed.includes(path.extname(host).slice(1).toLowerCase()));
      if (refused.length > 0) {
        this.errors.push(`chooseMessageFile: ${refused.join(', ')} not selectable (extension: ${allowed!.join(', ')})`);
        this.respond(o, 'chooseMessageFile', new Error('cancel'));
        return;
      }
      const tempFiles = chosen.map((host) => {
        const name = path.basename(host);
        const ext = path.extname(name).slice(1).toLowerCase();
        this.mediaCounter += 1;
        const temp = `wxfile://tmp_${this.mediaCounter}.${ext}`;
        this.files.set(temp, host);
        const type = /^(png|jpe?g|gif|webp)$/.test(ext) ? 'image' : /^(mp4|mov)$/.test(ext) ? 'video' : 'file';
        return { path: temp, size: readFileSync(host).length, name, type, time: Math.floor(Date.now() / 1000) };
      });
      this.respond(o, 'chooseMessageFile', { tempFiles });
    });
    def('getFileSystemManager', () =>
      Object.assign(vm.runInContext('({})', this.ctx) as Json, {
        readFileSync: (file: string, encoding?: string) => {
          const written = this.writtenFiles.get(file);
          const host = this.files.get(file);
          if (!written && !host) throw new Error(`readFileSync:fail no such file or directory, open ${file}`);
          const bytes = written ?? readFileSync(host!);
          return encoding === 'base64' ? bytes.toString('base64') : encoding ? bytes.toString(encoding as BufferEncoding) : new Uint8Array(bytes).buffer;
        },
        // WeChat lets a mini-program write only under its user data folder.
        writeFileSync: (file: string, data: string | ArrayBuffer, encoding = 'utf8') => {
          if (!file.startsWith(`${USER_DATA_PATH}/`)) throw new Error(`writeFileSync:fail permission denied, open ${file}`);
          const bytes = typeof data === 'string' ? Buffer.from(data, encoding as BufferEncoding) : Buffer.from(new Uint8Array(data));
          this.writtenFiles.set(file, bytes);
        },
      }),
    );
    def('openDocument', (o: { filePath: string; fileType?: string; showMenu?: boolean }) => {
      const known = this.writtenFiles.has(o.filePath) || this.files.has(o.filePath);
      if (!known) {
        this.respond(o, 'openDocument', new Error(`file not exist: ${o.filePath}`));
        return;
      }
      if (o.fileType !== undefined && !DOCUMENT_TYPES.has(o.fileType)) {
        this.respond(o, 'openDocument', new Error(`invalid fileType ${o.fileType}`));
        return;
      }
      this.openedDocuments.push({ filePath: o.filePath, fileType: o.fileType, showMenu: o.showMenu });
      this.respond(o, 'openDocument', {});
    });
    def('scanCode', (o: never) => {
      const result = this.nextScan;
      this.nextScan = null;
      this.respond(o, 'scanCode', result === null ? new Error('cancel') : { result, scanType: 'QR_CODE', charSet: 'utf-8' });
    });
    def('getRandomValues', (o: { length: number }) => {
      const bytes = new Uint8Array(o.length);
      for (let i = 0; i < bytes.length; i += 1) bytes[i] = Math.floor(Math.random() * 256);
      this.respond(o, 'getRandomValues', { randomValues: bytes.buffer });
    });
    return api as Record<string, AnyFn>;
  }

  /**
   * What WeChat does when a privacy API (album, camera, location) is first used under
   * `__usePrivacyCheck__`: it asks the app's onNeedPrivacyAuthorization listener to show its prompt.
   */
  async needPrivacyAuthorization(referrer = 'chooseMedia'): Promise<void> {
    const handler = this.privacyHandler;
    if (!handler) throw new Error('the app registered no onNeedPrivacyAuthorization listener');
    const resolve = (o: unknown) => void this.privacyAnswers.push(JSON.parse(JSON.stringify(o)) as { event: string; buttonId?: string });
    this.guard(() => handler(resolve, toVmValue(this.vmJson, { referrer })));
    await this.settle();
  }

  /** Airplane mode on or off, as WeChat reports it to the app. */
  async setOnline(online: boolean): Promise<void> {
    this.online = online;
    const event = toVmValue(this.vmJson, { isConnected: online, networkType: online ? 'wifi' : 'none' });
    for (const listener of [...this.networkListeners]) this.guard(() => listener(event));
    await this.settle();
  }

}

/** wx.env.USER_DATA_PATH: the one folder a mini-program may write to. */
const USER_DATA_PATH = 'wxfile://usr';

/** The fileType values wx.openDocument accepts. */
const DOCUMENT_TYPES = new Set(['doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'pdf']);

const SYNC_APIS = new Set([
  'getWindowInfo',
  'getAppBaseInfo',
  'getDeviceInfo',
  'getSystemSetting',
  'getAppAuthorizeSetting',
  'getMenuButtonBoundingClientRect',
  'canIUse',
  'getAccountInfoSync',
  'getLaunchOptionsSync',
  'getEnterOptionsSync',
  'getFileSystemManager',
  'request',
]);

function isAsyncApi(name: string): boolean {
  return !SYNC_APIS.has(name) && !/Sync$/.test(name) && !/^(on|off)[A-Z]/.test(name);
}

/** Host values handed to the app are rebuilt in its realm, so its `instanceof Object/Array` hold. */
export function toVmValue(vmJson: JSON, value: unknown): unknown {
  if (value === undefined) return undefined;
  const functions: Array<[string[], unknown]> = [];
  collectFunctions(value, [], functions);
  const copy = vmJson.parse(JSON.stringify(value)) as unknown;
  for (const [p, fn] of functions) {
    let target = copy as Json;
    for (const k of p.slice(0, -1)) target = target[k] as Json;
    target[p[p.length - 1]] = fn;
  }
  return copy;
}

function collectFunctions(value: unknown, at: string[], out: Array<[string[], unknown]>): void {
  if (typeof value === 'function') {
    out.push([at, value]);
    return;
  }
  if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) collectFunctions(v, [...at, k], out);
}

/** WeChat's setData key syntax: `a.b[0].c`, and Taro's `root.cn.[0].v`. */
export function setPath(target: Json, key: string, value: unknown): void {
  const parts = [...key.matchAll(/\[(\d+)\]|([^.[\]]+)/g)].map((m) => (m[1] !== undefined ? Number(m[1]) : m[2]));
  let node: Record<string | number, unknown> = target;
  for (let i = 0; i < parts.length - 1; i += 1) {
    const part = parts[i];
    const nextIsIndex = typeof parts[i + 1] === 'number';
    if (node[part] === undefined || node[part] === null || typeof node[part] !== 'object') node[part] = nextIsIndex ? [] : {};
    node = node[part] as Record<string | number, unknown>;
  }
  node[parts[parts.length - 1]] = value;
}

export function parseUrl(url: string): { route: string; query: Record<string, string> } {
  const [pathname, search = ''] = url.split('?');
  const route = pathname.replace(/^\//, '');
  const query: Record<string, string> = {};
  for (const pair of search.split('&')) {
    if (!pair) continue;
    const [k, v = ''] = pair.split('=');
    query[decodeURIComponent(k)] = decodeURIComponent(v);
  }
  return { route, query };
}

function describe(value: unknown): string {
  if (value && typeof value === 'object' && 'stack' in value && typeof (value as Error).stack === 'string') return (value as Error).stack!.split('\n').slice(0, 4).join('\n');
  if (value && typeof value === 'object' && 'message' in value) return String((value as Error).message);
  if (typeof value === 'object') {
    try {
      return JSON.stringify(value);
    } catch {
      return String(value);
    }
  }
  return String(value);
}
