import { defineFeatureMessages } from '@/shared/i18n/use-feature-t';

const zhCN = {
  'seal.title': '电子印章',
  'seal.intro': '企业开办核准后，电子印章与电子营业执照同步发放。法定代表人或获授权的经办人可在此为PDF文件加盖电子印章。',
  'seal.empty': '暂无可用的电子印章。企业设立登记或个体工商户设立登记核准后自动发放。',
  'seal.needLogin': '登录后查看和使用企业的电子印章',
  'seal.status.active': '正常',
  'seal.status.suspended': '已暂停',
  'seal.status.revoked': '已吊销',
  'seal.role.legal_representative': '法定代表人',
  'seal.role.agent': '经办人',
  'seal.creditCode': '统一社会信用代码：{code}',
  'seal.serial': '印章证书序列号：{serial}',
  'seal.issuer': '签发机构：{issuer}',
  'seal.validUntil': '有效期至：{date}',
  'seal.stamp': '选择PDF文件盖章',
  'seal.stamped': '已盖章：{name}',
  'seal.download': '保存盖章文件',
  'seal.notActive': '印章已暂停或吊销，不能盖章',
  'seal.usage': '用印记录',
  'seal.usageEmpty': '暂无用印记录',
  'seal.usageRow': '{who}（{role}）· {time} · {pages}页',
  'seal.verify': '验证盖章文件',
  'verify.title': '电子印章验证',
  'verify.intro': '选择收到的盖章PDF文件，核验签名是否完整、印章证书是否由签发机构签发、印章是否被暂停或吊销。',
  'verify.choose': '选择PDF文件验证',
  'verify.verdict.valid': '验证通过：文件盖章后未被修改，印章有效',
  'verify.verdict.unsigned': '该文件没有电子印章签名',
  'verify.verdict.tampered': '验证失败：文件在盖章后被修改',
  'verify.verdict.untrusted': '验证失败：印章证书或签名时间戳不是由可信的签发机构签发',
  'verify.verdict.suspended': '印章已暂停使用',
  'verify.verdict.revoked': '印章已被吊销',
  'verify.enterprise': '用印单位：{name}（{code}）',
  'verify.issuer': '签发机构：{issuer}',
  'verify.stampedBy': '盖章人：{name}（{role}）',
  'verify.signingTime': '盖章时间：{time}',
  'verify.timestamp': '时间由{authority}签发的可信时间戳证明',
  'verify.timestampInvalid': '签名所带时间戳无法核验（{authority}）',
};

type SealMessageKey = keyof typeof zhCN;

// English sits in the H5's one English chunk, fetched once and only by a phone showing English.
export const sealMessages = defineFeatureMessages<SealMessageKey>(zhCN, { en: () => import(/* webpackChunkName: "i18n-en" */ './seal-messages.en').then((m) => m.en) });
