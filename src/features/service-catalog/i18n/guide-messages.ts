import { defineFeatureMessages } from '@/shared/i18n/use-feature-t';

/** 办事指南 materials and 就近办 halls (zh-CN is the source of truth; English must match it key for key). */
const zhCN = {
  'nearby.title': '就近办',
  'nearby.offering': '可办理“{name}”的大厅和自助终端',
  'nearby.locating': '正在获取您的位置…',
  'nearby.denied': '未获得定位权限，请选择所在市州',
  'nearby.city': '所在市州',
  'nearby.none': '附近暂无可办理的网点',
  'nearby.km': '{km}公里',
  'nearby.kind.hall': '政务服务大厅',
  'nearby.kind.kiosk': '24小时自助终端',
  'nearby.map': '导航前往',
  'nearby.call': '拨打电话',
  'material.form.original': '原件',
  'material.form.copy': '复印件',
  'material.form.electronic': '电子材料',
  'material.form.form': '申请表',
};

// English sits in the H5's one English chunk, fetched once and only by a phone showing English.
export const guideMessages = defineFeatureMessages<keyof typeof zhCN>(zhCN, { en: () => import(/* webpackChunkName: "i18n-en" */ './guide-messages.en').then((m) => m.en) });
