import { defineFeatureMessages } from '@/shared/i18n/use-feature-t';

/** 我的: the account's home page and its profile card (zh-CN is the source of truth; English must match it key for key). */
const zhCN = {
  'mine.title': '我的',
  'mine.enterprises': '我的企业',
  'mine.actingAs': '当前身份',
  'mine.settings': '设置',
  'mine.language': '语言 / Language',
  'mine.elderMode': '长辈版',
  'mine.logout': '退出登录',
  'mine.security': '账号与安全',
  'mine.loggedOut': '已退出登录',
  'mine.policies': '惠企政策',
  'mine.staffDesk': '审批工作台',
  'mine.applications': '我的办件',
  'mine.messages': '消息中心',
  'mine.cases': '12345 诉求',
  'mine.services': '我的服务',
  'mine.favorites': '我的收藏',

  'favorites.title': '我的收藏',
  'favorites.empty': '还没有收藏的服务',
  'favorites.emptyHint': '在办事指南页点“收藏”，常办的事就能在这里一步找到',
  'favorites.emptyAction': '去办事',

  'profile.verified': '已实名认证',
  'profile.region': '{region}政务服务',
  'profile.actingAs': '以“{name}”身份办事',
  'profile.signedOutTitle': '登录天府通办',
  'profile.signedOutHint': '登录后可在线办事、亮码、查看电子证照',
  'profile.avatar': '头像',
  'settings.title': '设置',
  'settings.elderMode': '长辈版',
  'settings.elderModeHint': '大字体、大按钮，适合长辈使用',
  'settings.language': '语言 / Language',
};

export type AccountMessageKey = keyof typeof zhCN;

// English is its own module: the H5 fetches it only for a phone showing English.
export const accountMessages = defineFeatureMessages<AccountMessageKey>(zhCN, { en: () => import('./account-messages.en').then((m) => m.en) });
