import type { Language } from '../../http/language';
import { NoticeDetail, NoticeIdParams } from '../../../../types/notices';
import type { NoticeEntry } from './reference/notices';

/** The notices of record, checked once at start: a bad entry stops the node, it is never half-shown. */
export interface NoticeBoard {
  /** In force on `today` (publishedOn ≤ today < expiresOn), newest first. */
  current(today: string): readonly NoticeEntry[];
  /** One notice in force on `today`, or null (unknown, not yet published, or expired). */
  currentById(id: string, today: string): NoticeEntry | null;
}

const isCalendarDay = (day: string) => {
  const parsed = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day;
};

/** Why an entry cannot be published, or null. `serviceExists` is the catalogue's own lookup. */
function problemWith(entry: NoticeEntry, serviceExists: (code: string) => boolean): string | null {
  if (!NoticeIdParams.safeParse({ id: entry.id }).success) return 'id is not a notice id';
  if (!isCalendarDay(entry.publishedOn) || !isCalendarDay(entry.expiresOn)) return 'a date is not a calendar day';
  if (entry.expiresOn <= entry.publishedOn) return 'it expires before it is published';
  if (entry.serviceCode !== null && !serviceExists(entry.serviceCode)) return `service ${entry.serviceCode} is not in the catalogue`;
  // English readers get the same notice, paragraph for paragraph.
  if (entry.en.body.length !== entry['zh-CN'].body.length) return 'English has a different number of paragraphs';
  for (const language of ['zh-CN', 'en'] as const) {
    const parsed = NoticeDetail.safeParse(inLanguage(entry, language));
    if (!parsed.success) return `${language}: ${parsed.error.issues[0]?.message ?? 'invalid'}`;
    const text = entry[language];
    if ([text.title, text.issuer, ...text.body].some((s) => s.trim() === '')) return `${language}: an empty text`;
  }
  return null;
}

export function createNoticeBoard(entries: readonly NoticeEntry[], serviceExists: (code: string) => boolean): NoticeBoard {
  const seen = new Set<string>();
  for (const entry of entries) {
    const problem = seen.has(entry.id) ? 'the id is used twice' : problemWith(entry, serviceExists);
    if (problem) throw new Error(`Notice ${entry.id}: ${problem}`);
    seen.add(entry.id);
  }
  const newestFirst = [...entries].sort((a, b) => b.publishedOn.localeCompare(a.publishedOn) || a.id.localeCompare(b.id));
  const inForce = (entry: NoticeEntry, today: string) => entry.publishedOn <= today && today < entry.expiresOn;
  return {
    current: (today) => newestFirst.filter((entry) => inForce(entry, today)),
    currentById: (id, today) => newestFirst.find((entry) => entry.id === id && inForce(entry, today)) ?? null,
  };
}

export function inLanguage(entry: NoticeEntry, language: Language): NoticeDetail {
  const text = entry[language];
  return {
    id: entry.id,
    category: entry.category,
    title: text.title,
    issuer: text.issuer,
    publishedOn: entry.publishedOn,
    expiresOn: entry.expiresOn,
    body: [...text.body],
    serviceCode: entry.serviceCode,
  };
}
