import { defineFeatureMessages } from '@/shared/i18n/use-feature-t';

/** 实名认证 (zh-CN is the source of truth; English must match it key for key). */
const zhCN = {
  'realName.title': '实名认证',
  'realName.name': '姓名',
  'realName.namePlaceholder': '与身份证一致',
  'realName.idNumber': '身份证号',
  'realName.idNumberPlaceholder': '18位居民身份证号码',
  'realName.submit': '立即认证',
  'realName.success': '实名认证成功',
  'realName.privacy': '您的身份信息加密保存，仅用于办事身份核验，页面只显示脱敏信息。',
  'realName.verified': '您已完成实名认证',
};

// English sits in the H5's one English chunk, fetched once and only by a phone showing English.
export const realNameMessages = defineFeatureMessages<keyof typeof zhCN>(zhCN, { en: () => import(/* webpackChunkName: "i18n-en" */ './real-name-messages.en').then((m) => m.en) });
