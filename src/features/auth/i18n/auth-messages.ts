import { defineFeatureMessages } from '@/shared/i18n/use-feature-t';

/** Sign-in: SMS code and WeChat login (zh-CN is the source of truth; English must match it key for key). */
const zhCN = {
  'login.title': '登录',
  'login.phone': '手机号',
  'login.phonePlaceholder': '请输入11位手机号',
  'login.code': '验证码',
  'login.codePlaceholder': '请输入6位验证码',
  'login.sendCode': '获取验证码',
  'login.resendIn': '{seconds}秒后重发',
  'login.codeSent': '验证码已发送',
  'login.submit': '登录',
  'login.weapp': '微信一键登录',
  'login.or': '或使用手机号登录',
  'login.success': '登录成功',
};

export type AuthMessageKey = keyof typeof zhCN;

// English is its own module: the H5 fetches it only for a phone showing English.
export const authMessages = defineFeatureMessages<AuthMessageKey>(zhCN, { en: () => import('./auth-messages.en').then((m) => m.en) });
