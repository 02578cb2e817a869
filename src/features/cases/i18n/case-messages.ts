import { defineFeatureMessages } from '@/shared/i18n/use-feature-t';

/** 12345 诉求 (the citizen's and the hotline's screens) (zh-CN is the source of truth; English must match it key for key). */
const zhCN = {
  // ---- 工作台 (back office) ----

  // ---- 12345 诉求 ----
  'cases.needLogin': '登录后可以提交和查看12345诉求',
  'cases.type.complaint': '投诉',
  'cases.type.suggestion': '建议',
  'cases.type.consultation': '咨询',
  'cases.category.government_service': '政务服务',
  'cases.category.social_security': '社会保障',
  'cases.category.medical': '医疗卫生',
  'cases.category.education': '教育',
  'cases.category.housing': '住房',
  'cases.category.traffic': '交通出行',
  'cases.category.environment': '生态环境',
  'cases.category.market': '市场监管',
  'cases.category.public_safety': '公共安全',
  'cases.category.other': '其他',
  'cases.status.open': '待答复',
  'cases.status.replied': '已答复',
  'cases.status.closed': '已办结',

  'cases.list.title': '我的诉求',
  'cases.list.mine': '12345诉求记录',
  'cases.list.new': '我要反映（12345）',
  'cases.list.empty': '您还没有提交过诉求',
  'cases.list.emptyHint': '办事遇到困难、对政策有疑问、有投诉或建议，都可以向12345反映，办理进度在这里查看',

  'cases.new.title': '12345诉求',
  'cases.new.titleCannotDo': '办不成事反映',
  'cases.new.cannotDo': '反映“办不成事”的办件',
  'cases.new.applicationNumber': '办件编号 {number}',
  'cases.new.type': '诉求类型',
  'cases.new.category': '问题分类',
  'cases.new.categoryRequired': '请选择问题分类',
  'cases.new.content': '诉求内容',
  'cases.new.contentPlaceholder': '请描述您遇到的问题和诉求（至少5个字）',
  'cases.new.contentTooShort': '诉求内容至少5个字',
  'cases.new.contentTooLong': '诉求内容不能超过2000字',
  'cases.new.place': '发生地点（选填）',
  'cases.new.placePlaceholder': '如：某某路某某号附近',
  'cases.new.placeTooLong': '地点不能超过200字',
  'cases.new.photos': '图片（选填，最多9张）',
  'cases.new.addPhoto': '添加图片',
  'cases.new.uploading': '图片上传中…',
  'cases.new.removePhoto': '删除第{index}张图片',
  'cases.new.photoCount': '已添加 {count}/{max} 张',
  'cases.new.submit': '提交诉求',
  'cases.new.submitted': '诉求已提交',

  'cases.detail.title': '诉求详情',
  'cases.detail.number': '诉求编号',
  'cases.detail.content': '诉求内容',
  'cases.detail.place': '地点：{place}',
  'cases.detail.photos': '图片：{count} 张',
  'cases.detail.replies': '办理答复',
  'cases.detail.noReplies': '暂无答复，12345热线将尽快处理',
  'cases.detail.fromMe': '我',
  'cases.detail.fromCitizen': '市民',
  'cases.detail.fromStaff': '12345热线',
  'cases.detail.replyLabel': '补充说明',
  'cases.detail.closed': '该诉求已办结',
  'cases.detail.aboutApplication': '查看相关办件',
  'cases.reply.placeholder': '请输入内容',
  'cases.reply.required': '请输入内容',
  'cases.reply.send': '发送',
  'cases.reply.sendAndClose': '答复并办结',
  // The hotline's side of a case.
  'staff.case.title': '诉求处理',
  'staff.case.replyLabel': '答复市民',
  'staff.case.repliedToast': '已答复',
  'staff.case.closedToast': '已答复并办结',
};

// English sits in the H5's one English chunk, fetched once and only by a phone showing English.
export const caseMessages = defineFeatureMessages<keyof typeof zhCN>(zhCN, { en: () => import(/* webpackChunkName: "i18n-en" */ './case-messages.en').then((m) => m.en) });
