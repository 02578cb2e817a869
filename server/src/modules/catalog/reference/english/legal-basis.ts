/**
 * A 设定依据 (legal basis) citation in English. Citations follow a few fixed shapes: 《title》
 * alone, with articles (第五十八条、第六十条 / 第二十一条至第二十四条), with a book of the Civil Code
 * (物权编), or with a document number (国发〔2014〕8号). The title comes from law-titles.ts and the
 * rest is rendered here, so a new citation of a known law needs no new entry.
 */
import { LAW_TITLES_EN } from './law-titles';

const DIGITS: Readonly<Record<string, number>> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** 一千零四十六 → 1046, 十四 → 14; null for anything that is not a Chinese numeral. */
export function chineseNumeral(text: string): number | null {
  if (!text) return null;
  let total = 0;
  let digit: number | null = null;
  for (const ch of text) {
    if (ch in DIGITS) digit = DIGITS[ch] ?? 0;
    else if (ch in UNITS) {
      // 十四: a unit with no digit before it counts once.
      total += (digit ?? 1) * (UNITS[ch] ?? 1);
      digit = null;
    } else return null;
  }
  return total + (digit ?? 0);
}

/** The Civil Code's books (编) by their official English headings. */
const CIVIL_CODE_BOOKS: Readonly<Record<string, string>> = {
  总则编: 'Book One: General Part',
  物权编: 'Book Two: Real Rights',
  合同编: 'Book Three: Contracts',
  人格权编: 'Book Four: Personality Rights',
  婚姻家庭编: 'Book Five: Marriage and Family',
  继承编: 'Book Six: Succession',
  侵权责任编: 'Book Seven: Tort Liability',
};

/**
 * Issuing codes of document numbers, in the pinyin that official English translations use
 * ("Guo Fa [2014] No. 8").
 */
const DOCUMENT_CODES: Readonly<Record<string, string>> = {
  国发: 'Guo Fa',
  国办发: 'Guo Ban Fa',
  医保发: 'Yi Bao Fa',
  税总发: 'Shui Zong Fa',
  川办发: 'Chuan Ban Fa',
};

/** Parenthesised subtitles that are not document numbers. */
const SUBTITLES: Readonly<Record<string, string>> = {
  推动助企惠企政策直达快享: 'getting business-support policies to enterprises directly and quickly',
};

function articles(rest: string): string | null {
  const range = /^第(.+?)条至第(.+?)条$/.exec(rest);
  if (range) {
    const from = chineseNumeral(range[1] ?? '');
    const to = chineseNumeral(range[2] ?? '');
    return from !== null && to !== null ? `Articles ${from} to ${to}` : null;
  }
  const numbers = rest.split('、').map((part) => {
    const m = /^第(.+?)条$/.exec(part);
    return m ? chineseNumeral(m[1] ?? '') : null;
  });
  if (numbers.some((n) => n === null)) return null;
  if (numbers.length === 1) return `Article ${numbers[0]}`;
  return `Articles ${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]}`;
}

function parenthesis(inner: string): string | null {
  const numbered = /^(.+?)〔(\d{4})〕(\d+)号$/.exec(inner);
  if (numbered) {
    const code = DOCUMENT_CODES[numbered[1] ?? ''];
    return code ? `(${code} [${numbered[2]}] No. ${numbered[3]})` : null;
  }
  const announcement = /^国家税务总局公告(\d{4})年第(\d+)号$/.exec(inner);
  if (announcement) return `(State Taxation Administration Announcement No. ${announcement[2]} of ${announcement[1]})`;
  const subtitle = SUBTITLES[inner];
  return subtitle ? `(${subtitle})` : null;
}

/** The citation in English, or null when its title or its tail has no English yet. */
export function legalBasisEn(citation: string): string | null {
  const m = /^《(.+?)》(.*)$/.exec(citation);
  if (!m) return null;
  const title = LAW_TITLES_EN[m[1] ?? ''];
  if (!title) return null;
  const rest = m[2] ?? '';
  if (!rest) return title;
  if (rest.startsWith('第')) {
    const cited = articles(rest);
    return cited ? `${title}, ${cited}` : null;
  }
  const book = CIVIL_CODE_BOOKS[rest];
  if (book) return `${title}, ${book}`;
  const inner = /^（(.+)）$/.exec(rest);
  if (inner) {
    const tail = parenthesis(inner[1] ?? '');
    return tail ? `${title} ${tail}` : null;
  }
  return null;
}
