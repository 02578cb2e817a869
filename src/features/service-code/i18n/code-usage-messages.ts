import { defineFeatureMessages } from '@/shared/i18n/use-feature-t';

/** 用码记录: who resolved my code and what they could read (zh-CN is the source of truth; English must match it key for key). */
const zhCN = {
  'usage.title': '用码记录',
  'usage.empty': '暂无用码记录',
  'usage.read': '查看了',
  'usage.readNothing': '仅核验真伪',
  'scope.fullName': '姓名',
  'scope.maskedIdNumber': '身份证号（脱敏）',
  'scope.maskedPhone': '手机号（脱敏）',
  'scope.enterprise': '企业信息',
  'verifierKind.window': '政务窗口',
  'verifierKind.hotel': '酒店住宿',
  'verifierKind.transit': '交通出行',
};

// English sits in the H5's one English chunk, fetched once and only by a phone showing English.
export const codeUsageMessages = defineFeatureMessages<keyof typeof zhCN>(zhCN, { en: () => import(/* webpackChunkName: "i18n-en" */ './code-usage-messages.en').then((m) => m.en) });
