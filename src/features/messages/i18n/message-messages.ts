import { defineFeatureMessages } from '@/shared/i18n/use-feature-t';

/** 消息中心: what each kind of notice says (zh-CN is the source of truth; English must match it key for key). */
const zhCN = {
  'message.policy_matched': '有一项新的惠企政策“{name}”符合您企业的条件',
  'message.policy_deadline_near': '惠企政策“{name}”申报即将截止，请尽快申报',
  'message.policy_granted': '惠企政策“{name}”已为您的企业免申兑现',
  'status.submitted': '已提交',
  'status.accepted': '已受理',
  'status.correction_requested': '待补正',
  'status.approved': '已办结',
  'status.rejected': '不予受理',
  'messages.title': '消息中心',
  'messages.empty': '暂无消息',
  'messages.emptyHint': '办件受理、办结、临期提醒和部门回复都会通知到这里',
  'messages.emptyAction': '去办事',
  'message.application_submitted': '您的“{name}”申请已提交',
  'message.application_status': '您的“{name}”办件状态更新为：{status}',
  'message.deadline_near': '您的“{name}”办件距承诺办结日期（{date}）还剩{n}个工作日',
  'message.rating_follow_up_answered': '办理部门已回复您对“{name}”的评价',
  'message.case_replied': '您反映的诉求有了新的回复',
  'message.inspection_recorded': '“{name}”有一条新的检查记录，请查看检查结果与整改要求',
  'message.rectification_due': '“{name}”的检查整改将于{date}到期，还剩{n}个工作日，请及时整改并确认',
  'message.rectification_accepted': '“{name}”的整改已通过复查',
  'message.rectification_reopened': '“{name}”的整改复查未通过，请于{date}前重新整改并确认',
  'message.other': '您有一条新消息',
};

export type MessageCentreKey = keyof typeof zhCN;

// English is its own module: the H5 fetches it only for a phone showing English.
export const messageCentreMessages = defineFeatureMessages<MessageCentreKey>(zhCN, { en: () => import('./message-messages.en').then((m) => m.en) });
