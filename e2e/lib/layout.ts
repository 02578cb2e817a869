import type { Page } from 'playwright-core';

export interface LayoutFinding {
  kind: 'overflow' | 'clipped' | 'broken-word' | 'placeholder-cut' | 'small-text' | 'small-target';
  text: string;
  detail: string;
}

export interface LayoutOptions {
  /** 长辈版: every visible text at least 18 CSS px and every tap target at least 60 CSS px tall and wide. */
  elder: boolean;
  lang: string;
}

/**
 * What a resident would see as broken on the shown page: text running past the screen's edge or
 * cut by a box that hides overflow, a short label (a value, badge, chip, button) wrapped inside a
 * word ("20个工作/日", "符合条/件"), a placeholder wider than its input; in 长辈版 also text under
 * 18 px and tap targets under 60 px (MIIT 适老化). Long paragraphs may wrap anywhere, as Chinese
 * typesetting does; a label of a few words may not.
 */
export async function layoutFindings(page: Page, options: LayoutOptions): Promise<LayoutFinding[]> {
  // tsx (esbuild, keepNames) wraps the named helpers below in `__name(...)`, which exists in Node,
  // not in the page.
  await page.evaluate('globalThis.__name = globalThis.__name || ((fn) => fn)');
  return page.evaluate(({ elder, lang }) => {
    const findings: { kind: string; text: string; detail: string }[] = [];
    const viewportWidth = document.documentElement.clientWidth;
    const pages = [...document.querySelectorAll<HTMLElement>('.taro_page')].filter((el) => el.offsetParent !== null || getComputedStyle(el).display !== 'none');
    const shown = pages[pages.length - 1];
    if (!shown) return [{ kind: 'overflow', text: '', detail: 'no page shown' }];
    const roots: HTMLElement[] = [shown];
    const tabbar = document.querySelector<HTMLElement>('.weui-tabbar');
    if (tabbar && tabbar.getBoundingClientRect().height > 0) roots.push(tabbar);
    const segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
    // Labels, names, values and badges: a text this short reads as one or two words.
    const SHORT_LABEL = 10;

    const visible = (el: Element) => {
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none' || Number(style.opacity) === 0) return false;
      const rect = el.getBoundingClientRect();
      return rect.width > 0 && rect.height > 0;
    };
    const screenReaderOnly = (el: Element) => {
      const style = getComputedStyle(el);
      return style.position === 'absolute' && el.getBoundingClientRect().width <= 1;
    };
    // The screen-reader-only idiom (a 1×1 box that clips its text) is not drawn at all.
    const screenReaderOnlyBox = (el: Element | null) => {
      if (!el) return false;
      const box = el.getBoundingClientRect();
      return box.width < 1.5 && box.height < 1.5;
    };
    const clipAncestor = (el: Element): Element | null => {
      for (let node: Element | null = el; node && node !== shown; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (['hidden', 'clip'].includes(style.overflowX) || ['hidden', 'clip'].includes(style.overflowY)) return node;
      }
      return null;
    };

    for (const root of roots) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const text = node.data.trim();
        const owner = node.parentElement;
        if (!text || !owner || !visible(owner) || screenReaderOnly(owner) || owner.closest('.ui-sr-only')) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const rect = range.getBoundingClientRect();
        if (rect.width === 0) continue;
        const clip = clipAncestor(owner);
        if (screenReaderOnlyBox(clip)) continue;
        if (rect.right > viewportWidth + 1 || rect.left < -1) {
          findings.push({ kind: 'overflow', text, detail: `text spans ${Math.round(rect.left)}–${Math.round(rect.right)} on a ${viewportWidth}px screen` });
        }
        if (clip) {
          const box = clip.getBoundingClientRect();
          if (rect.right > box.right + 1 || rect.left < box.left - 1 || rect.bottom > box.bottom + 1 || rect.top < box.top - 1) {
            findings.push({ kind: 'clipped', text, detail: `text ${Math.round(rect.width)}×${Math.round(rect.height)} cut by a ${Math.round(box.width)}×${Math.round(box.height)} box` });
          }
        }
        const style = getComputedStyle(owner);
        if (elder && parseFloat(style.fontSize) < 18 - 0.01) {
          findings.push({ kind: 'small-text', text, detail: `${style.fontSize} in 长辈版` });
        }
        if (text.length <= SHORT_LABEL) {
          // The line of each character: a new line starts where a character sits lower than the last.
          const data = node.data;
          const boundaries = new Set<number>();
          for (const s of segmenter.segment(data)) boundaries.add(s.index);
          let lastTop: number | null = null;
          for (let i = 0; i < data.length; i += 1) {
            if (/\s/.test(data[i])) continue;
            const r = document.createRange();
            r.setStart(node, i);
            r.setEnd(node, i + 1);
            const top = r.getClientRects()[0]?.top;
            if (top === undefined) continue;
            if (lastTop !== null && top > lastTop + 2 && !boundaries.has(i)) {
              findings.push({ kind: 'broken-word', text, detail: `wrapped as “${data.slice(0, i).trim()}/${data.slice(i).trim()}”` });
              break;
            }
            lastTop = top;
          }
        }
      }

      for (const input of root.querySelectorAll<HTMLInputElement>('input[placeholder]')) {
        if (!visible(input) || !input.placeholder || input.value) continue;
        const style = getComputedStyle(input);
        const canvas = document.createElement('canvas').getContext('2d');
        if (!canvas) continue;
        canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const needed = canvas.measureText(input.placeholder).width;
        const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        if (needed > room + 1) findings.push({ kind: 'placeholder-cut', text: input.placeholder, detail: `needs ${Math.round(needed)}px, has ${Math.round(room)}px` });
      }

      if (elder) {
        const targets = root.querySelectorAll<HTMLElement>('button, a[href], input, textarea, [role="button"], [role="link"], [role="tab"], [role="checkbox"], [role="switch"], [role="radio"], .weui-tabbar__item, taro-button-core');
        for (const target of targets) {
          if (!visible(target) || screenReaderOnly(target)) continue;
          // A native control inside Taro's wrapper is measured by its wrapper.
          const box = (target.closest('.ui-field__input') ?? target).getBoundingClientRect();
          if (box.height < 60 - 0.5 || box.width < 60 - 0.5) {
            const label = (target.getAttribute('aria-label') ?? target.textContent ?? target.tagName).trim().slice(0, 30);
            findings.push({ kind: 'small-target', text: label, detail: `${Math.round(box.width)}×${Math.round(box.height)} in 长辈版` });
          }
        }
      }
    }
    return findings;
  }, options) as Promise<LayoutFinding[]>;
}
