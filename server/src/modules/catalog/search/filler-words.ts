/**
 * Words that say "I want to do …" without saying what: 办社保卡, 社保卡怎么办, 我要办护照. Stripping
 * them from aliases and queries lets `社保卡` meet the alias `办社保卡` as an exact match.
 * Longest first, so `怎么办理` is removed whole rather than leaving `理`.
 */
const LEADING_FILLERS = ['我要', '我想', '怎么', '如何', '在线', '网上', '办理', '申请', '新办', '办'];
const TRAILING_FILLERS = ['怎么办理', '怎么申请', '如何办理', '怎么办', '在哪办', '办理', '申请', '流程', '手续'];

const MIN_CORE_CHARS = 2;

function stripOnce(text: string, fillers: readonly string[], atStart: boolean): string {
  for (const filler of fillers) {
    const matches = atStart ? text.startsWith(filler) : text.endsWith(filler);
    if (matches && text.length - filler.length >= MIN_CORE_CHARS) {
      return atStart ? text.slice(filler.length) : text.slice(0, -filler.length);
    }
  }
  return text;
}

/** The normalised text without its leading and trailing filler words (`我要办护照` → `护照`). */
export function stripFillerWords(normalized: string): string {
  let core = normalized;
  // Two passes at the start: `我要` + `办` in `我要办护照`.
  core = stripOnce(stripOnce(core, LEADING_FILLERS, true), LEADING_FILLERS, true);
  return stripOnce(core, TRAILING_FILLERS, false);
}
