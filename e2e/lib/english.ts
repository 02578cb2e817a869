import type { Page } from 'playwright-core';

/**
 * What stays Chinese in English on purpose: data that names a person, a place or an organisation
 * as it is written on documents and signs, and what people typed themselves. A reader in English
 * still needs them as written: the name on an ID card, the enterprise on its licence, the address a
 * driver or the post reads, a hall's name on its sign, a complaint in the words its author chose.
 * A language's own name in the language picker stays in that language ("简体中文"), as every
 * app's picker does, so that a reader who cannot read the current language finds their own.
 * Everything the app or its reference data says (labels, statuses, titles, guides, government
 * bodies, messages) is English. A text passes when removing these proper strings leaves no Han
 * character; a proper string may also show masked (四川省成都市锦****) or as its first character
 * alone (an avatar's initial).
 */
export interface ProperData {
  /** People's names (their masked forms too: 张*, 李*蓉), enterprise names, addresses, hall names. */
  names: string[];
  /** What a person typed: a complaint, a place, a reply. */
  typed: string[];
}

const HAN = /[\u3400-\u9fff]/;
/** The language picker's entries and its bilingual heading, in their own languages. */
const LANGUAGE_NAMES = new Set(['简体中文', 'Language / 语言']);

/** Masked forms the app shows for a name (张三 → 张*, 李小蓉 → 李*蓉). */
export function maskedNames(name: string): string[] {
  const chars = [...name];
  if (chars.length < 2) return [name];
  const first = chars[0] ?? '';
  const last = chars[chars.length - 1] ?? '';
  return chars.length === 2 ? [`${first}*`] : [`${first}*${last}`, `${first}${'*'.repeat(chars.length - 2)}${last}`, `${first}**`];
}

/**
 * Visible text on the shown page (and the tab bar) that still reads Chinese once proper data is
 * taken out, with placeholders and accessible names, which a reader meets as text too.
 */
export async function chineseOnPage(page: Page, proper: ProperData): Promise<string[]> {
  // tsx names the arrow functions below with `__name(...)`, which exists in Node, not in the page.
  await page.evaluate('globalThis.__name = globalThis.__name || ((fn) => fn)');
  const texts = await page.evaluate(() => {
    const pages = [...document.querySelectorAll<HTMLElement>('.taro_page')].filter((el) => getComputedStyle(el).display !== 'none');
    const shown = pages[pages.length - 1];
    const roots: HTMLElement[] = shown ? [shown] : [];
    const tabbar = document.querySelector<HTMLElement>('.weui-tabbar');
    if (tabbar && tabbar.getBoundingClientRect().height > 0) roots.push(tabbar);
    const header = document.querySelector<HTMLElement>('.app-titlebar, [data-testid="titlebar"]');
    if (header && header.getBoundingClientRect().height > 0) roots.push(header);
    const out: string[] = [];
    const shownEl = (el: Element) => {
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      return style.visibility !== 'hidden' && style.display !== 'none' && rect.width > 0 && rect.height > 0;
    };
    for (const root of roots) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = (node.textContent ?? '').trim();
        const owner = node.parentElement;
        if (text && owner && shownEl(owner)) out.push(text);
      }
      for (const el of root.querySelectorAll<HTMLElement>('[placeholder], [aria-label]')) {
        if (!shownEl(el)) continue;
        for (const attr of ['placeholder', 'aria-label']) {
          const value = el.getAttribute(attr)?.trim();
          if (value) out.push(value);
        }
      }
    }
    return out;
  });
  const proper_ = [...proper.typed, ...proper.names.flatMap((n) => [n, ...maskedNames(n)])].filter(Boolean).sort((a, b) => b.length - a.length);
  const names = proper.names.filter(Boolean);
  const shownAsProper = (text: string) => {
    if (LANGUAGE_NAMES.has(text)) return true;
    if (names.some((n) => [...n][0] === text)) return true;
    const visible = text.replace(/\*+$/, '');
    return visible !== text && visible.length > 0 && names.some((n) => n.startsWith(visible));
  };
  const found = new Set<string>();
  for (const text of texts) {
    if (shownAsProper(text)) continue;
    let rest = text;
    for (const p of proper_) rest = rest.split(p).join('');
    if (HAN.test(rest)) found.add(text);
  }
  return [...found];
}
