/**
 * The reader's language, from Accept-Language. Chinese is the default and the language of record;
 * English is served when the caller ranks it above Chinese (the app sends exactly "en" or "zh-CN",
 * browsers send weighted lists such as "en-GB,en;q=0.9,zh-CN;q=0.8").
 */
export type Language = 'zh-CN' | 'en';

export function requestLanguage(acceptLanguage: string | string[] | undefined): Language {
  const header = Array.isArray(acceptLanguage) ? acceptLanguage.join(',') : acceptLanguage;
  if (!header) return 'zh-CN';
  let best: { language: Language; weight: number } | null = null;
  for (const part of header.split(',')) {
    const [tag = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q ? Number(q.slice(2)) : 1;
    if (!Number.isFinite(weight) || weight <= 0) continue;
    const language: Language | null = tag === 'en' || tag.startsWith('en-') ? 'en' : tag === 'zh' || tag.startsWith('zh-') ? 'zh-CN' : null;
    if (language && (!best || weight > best.weight)) best = { language, weight };
  }
  return best?.language ?? 'zh-CN';
}
