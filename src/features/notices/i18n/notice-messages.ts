import { defineFeatureMessages } from '@/shared/i18n/use-feature-t';

/** 通知公告's own words (zh-CN is the source of truth; English must match it key for key). */
const zhCN = {
  'notices.title': '通知公告',
  'notices.all': '全部通知公告（{n}）',
  'notices.empty': '暂无通知公告',
  'notices.emptyHint': '省、市发布的新服务、政策申报截止、大厅开放时间和系统维护会在这里告知',
  'notices.emptyAction': '返回首页',
  'notices.gone': '该通知已过期或已撤下',
  'notices.published': '发布日期：{date}',
  'notices.validUntil': '有效期至：{date}',
  'notices.issuer': '发布单位：{name}',
  'notices.openService': '去办理',
  'notices.category.new_service': '新服务',
  'notices.category.policy': '惠企政策',
  'notices.category.hall_hours': '大厅时间',
  'notices.category.maintenance': '系统维护',
};

export type NoticeMessageKey = keyof typeof zhCN;

// English is its own module: the H5 fetches it only for a phone showing English.
export const noticeMessages = defineFeatureMessages<NoticeMessageKey>(zhCN, { en: () => import('./notice-messages.en').then((m) => m.en) });
