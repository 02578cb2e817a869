import { defineFeatureMessages } from '@/shared/i18n/use-feature-t';

const zhCN = {
  'consent.prefix': '我已阅读并同意',
  'consent.and': '和',
  'consent.agreement': '《用户服务协议》',
  'consent.privacy': '《隐私政策》',
  'consent.required': '请先阅读并勾选同意《用户服务协议》和《隐私政策》',
  'consent.checkboxLabel': '同意用户服务协议和隐私政策',
  'privacy.promptTitle': '隐私保护提示',
  'privacy.promptBody': '使用该功能需要处理您的个人信息（如相册、摄像头或位置）。请阅读《隐私政策》后选择是否同意。',
  'security.title': '账号与安全',
  'security.documents': '协议与政策',
  'security.consent': '个人信息授权',
  'security.consentGiven': '已同意（版本 {version}）',
  'security.withdraw': '撤回同意',
  'security.withdrawTitle': '撤回同意',
  'security.withdrawConfirm': '撤回后将退出登录，再次使用需要重新阅读并同意《用户服务协议》和《隐私政策》。撤回不影响撤回前已进行的处理。确定撤回吗？',
  'security.withdrawn': '已撤回同意并退出登录',
  'security.delete': '注销账号',
  'security.deleteHint': '注销后，本节点保存的您的个人信息将被删除（法律要求保存的办件档案和核验记录除外），所有设备上的登录立即失效，且无法恢复。',
  'security.deleteTitle': '注销账号',
  'security.deleteConfirm': '确定注销账号吗？注销后您的实名信息、企业绑定、收藏、草稿和上传的照片将被删除，无法恢复。',
  'security.deleteConfirmAction': '注销',
  'security.deleted': '账号已注销',
  'security.signedOut': '登录后可以管理账号、撤回同意或注销账号',
};

export type ConsentMessageKey = keyof typeof zhCN;

// English sits in the H5's one English chunk, fetched once and only by a phone showing English.
export const consentMessages = defineFeatureMessages<ConsentMessageKey>(zhCN, { en: () => import(/* webpackChunkName: "i18n-en" */ './consent-messages.en').then((m) => m.en) });
