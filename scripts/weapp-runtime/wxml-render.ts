import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

/**
 * WeChat's render layer, reduced to what a test asserts: each page's WXML compiled by WeChat's own
 * compiler (`wcc` from miniprogram-compiler), evaluated with the page's data into the element tree
 * WeChat would draw. WXSS goes through `wcsc` as well, so a stylesheet WeChat rejects fails here.
 * Custom components (Taro's `comp`, used past the template depth) are expanded from their own
 * WXML with the properties the parent passed.
 */
export interface RenderedNode {
  tag: string;
  attr: Record<string, unknown>;
  children: RenderedNode[];
  text?: string;
}

interface RawNode {
  tag?: string;
  attr?: Record<string, unknown>;
  children?: RawNode[];
  text?: string;
}

type Generate = (env: unknown, dd: unknown, global: unknown) => RawNode;

// eslint-disable-next-line @typescript-eslint/no-require-imports
const compiler = require('miniprogram-compiler') as {
  wxmlToJs: (root: string, options?: Record<string, unknown>) => string;
  wxssToJs: (root: string, options?: Record<string, unknown>) => string;
};

export class WxmlRenderer {
  private readonly gwx: (file: string) => Generate | undefined;
  private readonly realmJson: JSON;
  private readonly components = new Map<string, Record<string, string>>();

  constructor(private readonly distDir: string) {
    const source = compiler.wxmlToJs(distDir);
    // The render layer is a browser: wcc's output expects `window`. It runs in a realm of its own,
    // never the one the app's logic runs in.
    const renderRealm = vm.createContext({ console: { log: () => undefined, error: () => undefined, warn: () => undefined } });
    vm.runInContext('var window = globalThis; var __wxAppCode__ = {}; var __WXML_GLOBAL__ = { entrys: {}, defines: {}, modules: {}, ops: [], wxs_nf_init: undefined, total_ops: 0 };', renderRealm);
    this.gwx = vm.runInContext(`(function(){${source}})()`, renderRealm) as (file: string) => Generate | undefined;
    // Data must be built in the render realm: WXS copies objects only when `constructor === Object`.
    this.realmJson = vm.runInContext('JSON', renderRealm) as JSON;
  }

  /** Compiles every WXSS file with wcsc; throws with wcsc's message when WeChat would reject one. */
  static checkWxss(distDir: string): number {
    // wcsc answers an Error object (not a throw) for a stylesheet it rejects.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const wcsc = require('miniprogram-compiler/src/wcsc') as (root: string, files: string[]) => Record<string, string> | Error;
    const files = listFiles(distDir, '.wxss').map((f) => f.slice(0, -'.wxss'.length));
    const result = wcsc(distDir, files);
    if (result instanceof Error) throw result;
    return files.length;
  }

  private usingComponents(file: string): Record<string, string> {
    const cached = this.components.get(file);
    if (cached) return cached;
    let using: Record<string, string> = {};
    try {
      using = (JSON.parse(readFileSync(path.join(this.distDir, `${file}.json`), 'utf8')) as { usingComponents?: Record<string, string> }).usingComponents ?? {};
    } catch {
      using = {};
    }
    const resolved: Record<string, string> = {};
    for (const [tag, rel] of Object.entries(using)) resolved[tag] = path.posix.normalize(path.posix.join(path.posix.dirname(file), rel));
    this.components.set(file, resolved);
    return resolved;
  }

  /** The tree WeChat draws for `file` (a page route or component path, no extension) with `data`. */
  render(file: string, data: unknown, depth = 0): RenderedNode {
    const generate = this.gwx(`${file}.wxml`);
    if (!generate) throw new Error(`wcc produced no template for ${file}.wxml`);
    const raw = generate(this.realmJson.parse(JSON.stringify(data)), {}, undefined);
    return this.normalize(raw, this.usingComponents(file), depth);
  }

  private normalize(raw: RawNode | string, using: Record<string, string>, depth: number): RenderedNode {
    if (typeof raw === 'string') return { tag: '#text', attr: {}, children: [], text: raw };
    if (raw.tag === undefined && raw.text !== undefined) return { tag: '#text', attr: {}, children: [], text: raw.text };
    const tag = String(raw.tag ?? '').replace(/^wx-/, '');
    const attr = raw.attr ?? {};
    const component = using[tag];
    if (component && depth < 40) {
      const inner = this.render(component, attr, depth + 1);
      return { tag, attr, children: inner.children };
    }
    const children = (raw.children ?? []).map((c) => this.normalize(c as RawNode, using, depth));
    return { tag, attr, children };
  }
}

function listFiles(root: string, ext: string, dir = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(root, ext, rel));
    else if (entry.name.endsWith(ext)) out.push(rel);
  }
  return out;
}

/** Text as a user reads it: the text of every node below, in order. */
export function textOf(node: RenderedNode): string {
  if (node.tag === '#text') return node.text ?? '';
  return node.children.map(textOf).join('');
}

export function walk(node: RenderedNode, visit: (n: RenderedNode, parents: RenderedNode[]) => void, parents: RenderedNode[] = []): void {
  visit(node, parents);
  for (const c of node.children) walk(c, visit, [...parents, node]);
}

export function findAll(root: RenderedNode, predicate: (n: RenderedNode) => boolean): RenderedNode[] {
  const found: RenderedNode[] = [];
  walk(root, (n) => {
    if (predicate(n)) found.push(n);
  });
  return found;
}
