import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/en';
import relativeTime from 'dayjs/plugin/relativeTime';
import type { Language } from '@/shared/i18n/i18n';

// The one dayjs setup (convention 8): dates cross the API as ISO strings and are formatted here.
dayjs.extend(relativeTime);

const DAYJS_LOCALE: Record<Language, string> = { 'zh-CN': 'zh-cn', en: 'en' };

export function formatDateTime(iso: string, lang: Language): string {
  return dayjs(iso).locale(DAYJS_LOCALE[lang]).format(lang === 'en' ? 'D MMM YYYY HH:mm' : 'YYYY年M月D日 HH:mm');
}

export function formatDate(iso: string, lang: Language): string {
  return dayjs(iso).locale(DAYJS_LOCALE[lang]).format(lang === 'en' ? 'D MMM YYYY' : 'YYYY年M月D日');
}

export { dayjs };
