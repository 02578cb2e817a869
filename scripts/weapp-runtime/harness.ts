import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { weappApiBase } from '../../config/weapp-release';
import type { startTestServer as StartTestServer, TestServer } from '../../server/test/helpers/test-server';
import { MiniRuntime, type MiniRuntimeOptions } from './mini-runtime';
import { findAll, textOf, WxmlRenderer, type RenderedNode } from './wxml-render';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const WEAPP_DIR = path.join(REPO_ROOT, 'dist', 'weapp');

/**
 * The API the build was made for: `npm test` builds with TARO_APP_BUILD=test and (normally) no
 * TARO_APP_API_BASE, i.e. the development default, which the runtime maps onto the test server.
 */
export function builtApiBase(): string {
  return weappApiBase({ ...process.env, TARO_APP_BUILD: 'test' });
}

/** The real API on a random port with a fresh SQLite file (server/test/helpers/test-server.ts). */
export async function startApi(): Promise<TestServer> {
  // WEAPP_TEST_SERVER_HELPER: run against another checkout's server (its test-server.ts).
  const helper = process.env.WEAPP_TEST_SERVER_HELPER ?? path.join(REPO_ROOT, 'server', 'test', 'helpers', 'test-server.ts');
  const { startTestServer } = (await import(helper)) as { startTestServer: typeof StartTestServer };
  return startTestServer();
}

let sharedRenderer: WxmlRenderer | null = null;
/** wcc over the whole package is the slow part (~0.2 s); compile once per process. */
export function renderer(distDir = WEAPP_DIR): WxmlRenderer {
  if (distDir !== WEAPP_DIR) return new WxmlRenderer(distDir);
  sharedRenderer ??= new WxmlRenderer(distDir);
  return sharedRenderer;
}

/** What a person does with the mini-program: look, tap, type. Everything through WXML and `eh`. */
export class Phone {
  constructor(
    readonly runtime: MiniRuntime,
    readonly view: WxmlRenderer,
  ) {}

  static async open(server: TestServer, options: Partial<MiniRuntimeOptions> = {}): Promise<Phone> {
    const runtime = new MiniRuntime({ distDir: WEAPP_DIR, serverUrl: server.url, builtApiBase: builtApiBase(), ...options });
    const phone = new Phone(runtime, renderer(options.distDir ?? WEAPP_DIR));
    await runtime.launch();
    return phone;
  }

  route(): string {
    return this.runtime.currentPage().route;
  }

  screen(): RenderedNode {
    const page = this.runtime.currentPage();
    return this.view.render(page.route, page.data);
  }

  text(): string {
    return textOf(this.screen());
  }

  async goTo(url: string): Promise<void> {
    await this.runtime.open(url);
  }

  private tappable(match: (n: RenderedNode) => boolean, what: string): RenderedNode {
    const candidates = findAll(this.screen(), (n) => (typeof n.attr.bindtap === 'string' || typeof n.attr.catchtap === 'string') && match(n));
    if (candidates.length === 0) throw new Error(`nothing tappable ${what} on ${this.route()}:\n${this.text().slice(0, 600)}`);
    // The innermost match is what the finger lands on.
    candidates.sort((a, b) => textOf(a).length - textOf(b).length);
    return candidates[0];
  }

  private async fire(node: RenderedNode, type: string, detail: Record<string, unknown> = {}): Promise<void> {
    if (node.attr.disabled === true) throw new Error(`${node.tag} "${textOf(node)}" is disabled`);
    const id = String(node.attr['data-sid'] ?? node.attr.id ?? '');
    if (!id) throw new Error(`${node.tag} "${textOf(node)}" has no id to dispatch to`);
    this.runtime.dispatch(id, type, detail);
    await this.runtime.settle();
  }

  /** Taps the innermost element showing `text`. */
  async tap(text: string): Promise<void> {
    await this.fire(this.tappable((n) => textOf(n).includes(text), `showing "${text}"`), 'tap');
  }

  /**
   * Taps the element with this accessible label (a checkbox, an icon). Taro's templates do not
   * draw aria-label, so the label is looked up in the page's element data and the element it names
   * must be on screen and tappable.
   */
  async tapLabel(label: string): Promise<void> {
    const sids = new Set<string>();
    const visit = (node: unknown): void => {
      if (!node || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      if (n.ariaLabel === label && typeof n.sid === 'string') sids.add(n.sid);
      for (const v of Object.values(n)) visit(v);
    };
    visit(this.runtime.currentPage().data);
    await this.fire(this.tappable((n) => sids.has(String(n.attr['data-sid'])), `labelled "${label}"`), 'tap');
  }

  /** Types into the input (or textarea) whose placeholder contains `placeholder`. */
  async type(placeholder: string, value: string): Promise<void> {
    const inputs = findAll(this.screen(), (n) => (n.tag === 'input' || n.tag === 'textarea') && String(n.attr.placeholder ?? '').includes(placeholder));
    if (inputs.length === 0) throw new Error(`no input with placeholder "${placeholder}" on ${this.route()}`);
    await this.fire(inputs[0], 'input', { value, cursor: value.length, keyCode: 0 });
  }

  /** Fires a component event (e.g. agreeprivacyauthorization of an open-type button) at the element showing `text`. */
  async fireOn(text: string, type: string, detail: Record<string, unknown> = {}): Promise<RenderedNode> {
    const node = this.tappable((n) => textOf(n).includes(text), `showing "${text}"`);
    await this.fire(node, type, detail);
    return node;
  }

  /** Taps `text` inside the smallest block that starts with `heading` (e.g. one material's upload button). */
  async tapWithin(heading: string, text: string): Promise<void> {
    const blocks = findAll(this.screen(), (n) => textOf(n).startsWith(heading) && textOf(n).includes(text));
    if (blocks.length === 0) throw new Error(`no block "${heading}" with "${text}" on ${this.route()}`);
    blocks.sort((a, b) => textOf(a).length - textOf(b).length);
    const targets = findAll(blocks[0], (n) => (typeof n.attr.bindtap === 'string' || typeof n.attr.catchtap === 'string') && textOf(n).includes(text));
    if (targets.length === 0) throw new Error(`nothing tappable "${text}" in "${heading}"`);
    targets.sort((a, b) => textOf(a).length - textOf(b).length);
    await this.fire(targets[0], 'tap');
  }

  /** Types into the input whose id (Taro's element id, e.g. a form field's) is `id`. */
  async typeInto(id: string, value: string): Promise<void> {
    const inputs = findAll(this.screen(), (n) => (n.tag === 'input' || n.tag === 'textarea') && n.attr.id === id);
    if (inputs.length === 0) throw new Error(`no input #${id} on ${this.route()}`);
    await this.fire(inputs[0], 'input', { value, cursor: value.length, keyCode: 0 });
  }

  /** Picks a value in the native picker around the element #id (date: 'YYYY-MM-DD', selector: index). */
  async pick(id: string, value: string | number): Promise<void> {
    const pickers = findAll(this.screen(), (n) => n.tag === 'picker' && findAll(n, (c) => c.attr.id === id).length > 0);
    if (pickers.length === 0) throw new Error(`no picker around #${id} on ${this.route()}`);
    await this.fire(pickers[pickers.length - 1], 'change', { value });
  }

  /** The app's own tab bar (src/custom-tab-bar) under the tab page on screen, as WeChat draws it. */
  tabBar(): RenderedNode {
    const bar = this.runtime.tabBar();
    if (!bar) throw new Error(`no custom tab bar on ${this.route()}`);
    return this.view.render(bar.route, bar.data);
  }

  /** Taps the tab labelled `label` in the custom tab bar. */
  async tapTab(label: string): Promise<void> {
    const items = findAll(this.tabBar(), (n) => typeof n.attr.bindtap === 'string' && textOf(n).trim() === label);
    if (items.length === 0) throw new Error(`no tab "${label}" in the tab bar: ${textOf(this.tabBar())}`);
    this.runtime.dispatch(String(items[0].attr['data-sid'] ?? items[0].attr.id), 'tap', {}, 'eh', 'tabBar');
    await this.runtime.settle();
  }

  images(): RenderedNode[] {
    return findAll(this.screen(), (n) => n.tag === 'image');
  }

  close(): void {
    this.runtime.dispose();
  }
}

export const CONSENT_LABEL = '同意用户服务协议和隐私政策';

/** 我的 → 去登录 → consent → phone → the code the server sent → 登录, as a resident does it. */
export async function signInBySms(phone: Phone, server: TestServer, number: string): Promise<void> {
  await phone.goTo('/pages/mine/index');
  await phone.tap('去登录');
  await phone.tapLabel(CONSENT_LABEL);
  await phone.type('请输入11位手机号', number);
  await phone.tap('获取验证码');
  const code = server.sms.lastCodeFor(number);
  assert.ok(code, 'the server sent an SMS code');
  await phone.type('请输入6位验证码', code!);
  await phone.tap('登录');
}

type RegisteredEnterprise = { legalRepresentative: string; legalRepresentativeIdNumber: string; creditCode: string };

/**
 * On a signed-in phone, as the enterprise's registry legal representative: 实名认证 with their
 * name and ID and bind the enterprise by its credit code, still acting as a person.
 */
export async function bindEnterprise(phone: Phone, enterprise: RegisteredEnterprise): Promise<void> {
  await phone.goTo('/packages/account/pages/real-name/index');
  await phone.type('与身份证一致', enterprise.legalRepresentative);
  await phone.type('18位居民身份证号码', enterprise.legalRepresentativeIdNumber);
  await phone.tap('立即认证');
  await phone.goTo('/packages/account/pages/enterprises/index');
  await phone.type('18位统一社会信用代码', enterprise.creditCode);
  await phone.tap('绑定');
}

/** `bindEnterprise`, then act for the enterprise. */
export async function actForEnterprise(phone: Phone, enterprise: RegisteredEnterprise): Promise<void> {
  await bindEnterprise(phone, enterprise);
  await phone.tap('切换为此企业');
}

/**
 * The bearer the signed-in phone keeps in wx storage (the session store's persisted state), for
 * setting up through the API what a journey does not exercise itself.
 */
export function sessionToken(phone: Phone): string {
  const raw = phone.runtime.storage.get('session');
  if (!raw) throw new Error('not signed in: no session in storage');
  const persisted = JSON.parse(JSON.parse(raw) as string) as { state?: { token?: string | null } };
  const token = persisted.state?.token;
  if (!token) throw new Error('not signed in: the stored session has no token');
  return token;
}

/** A real PNG on disk for chooseMedia (the server checks the bytes, not the name); `remove` when done. */
export function photoFile(prefix: string, grey: number): { path: string; remove: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  const png = new PNG({ width: 64, height: 64 });
  png.data.fill(grey);
  const file = path.join(dir, 'photo.png');
  writeFileSync(file, PNG.sync.write(png));
  return { path: file, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
