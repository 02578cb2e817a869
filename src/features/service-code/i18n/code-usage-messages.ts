import type { FeatureMessages } from '@/shared/i18n/use-feature-t';

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
};

const en: Record<keyof typeof zhCN, string> = {
  'usage.title': 'Where my code was used',
  'usage.empty': 'No records yet',
  'usage.read': 'Read',
  'usage.readNothing': 'Validity only',
  'scope.fullName': 'Name',
  'scope.maskedIdNumber': 'ID number (masked)',
  'scope.maskedPhone': 'Mobile (masked)',
  'scope.enterprise': 'Business details',
};

export const codeUsageMessages: FeatureMessages<keyof typeof zhCN> = { 'zh-CN': zhCN, en };
