import { defineFeatureMessages } from '@/shared/i18n/use-feature-t';

/**
 * The few words other pages show to lead into 一码监督, kept apart from the feature's full
 * dictionary so the pages that link here do not carry it.
 */
export const supervisionEntryMessages = defineFeatureMessages(
  { inspect: '一码监督（执法检查）', records: '检查记录与整改', public: '检查结果公示' },
  { en: () => import(/* webpackChunkName: "i18n-en" */ './entry-messages.en').then((m) => m.en) },
);
