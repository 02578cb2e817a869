import { defineFeatureMessages } from '@/shared/i18n/use-feature-t';

/** 政务服务码: the code tab and its card (zh-CN is the source of truth; English must match it key for key). */
const zhCN = {
  'code.title': '政务服务码',
  'code.needLogin': '登录并完成实名认证后即可出示政务服务码',
  'code.needRealName': '完成实名认证后即可出示政务服务码',
  'code.hint': '在窗口、酒店、交通闸机出示此码，即可核验身份',
  'code.person': '个人码',
  'code.enterprise': '企业码',
  'code.switchTitle': '切换为法人身份？',
  'code.switchConfirm': '企业码代表“{name}”，出示前需以该企业身份办事：首页和办事将改为显示法人服务。可随时在“我的—我的企业”切换回个人。',
  'code.switchAction': '切换身份',
  'code.actingAs': '当前以“{name}”身份办事',
  'code.qrLabel': '政务服务码二维码',
  'code.refreshIn': '{seconds}秒后自动刷新',
  'code.offline': '离线模式：正在使用预先签发的码，仍可正常核验',
  'code.offlineEmpty': '网络不可用，且本机暂无可用的码，请联网后重试',
  'code.creditRating': '信用等级',
  'code.licences': '许可证照',
  'code.captureTitle': '请勿截屏或录屏',
  'code.captureWarning': '政务服务码代表您本人，截图转给他人可能被冒用。核验时请直接出示本页面。',
  'code.usage': '用码记录',
  'code.scan': '扫码核验（窗口、酒店、闸机）',
};

// English sits in the H5's one English chunk, fetched once and only by a phone showing English.
export const codeMessages = defineFeatureMessages<keyof typeof zhCN>(zhCN, { en: () => import(/* webpackChunkName: "i18n-en" */ './code-messages.en').then((m) => m.en) });
