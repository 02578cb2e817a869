import type { FeatureMessages } from '@/shared/i18n/use-feature-t';

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

const en: Record<keyof typeof zhCN, string> = {
  'realName.title': 'Identity verification',
  'realName.name': 'Name',
  'realName.namePlaceholder': 'As on your ID card',
  'realName.idNumber': 'ID number',
  'realName.idNumberPlaceholder': '18-character resident ID number',
  'realName.submit': 'Verify',
  'realName.success': 'Identity verified',
  'realName.privacy': 'Your identity data is stored encrypted, used only to confirm who you are, and shown masked.',
  'realName.verified': 'Your identity is verified',
};

export const realNameMessages: FeatureMessages<keyof typeof zhCN> = { 'zh-CN': zhCN, en };
