import { defineFeatureMessages } from '@/shared/i18n/use-feature-t';

/** Why a scanned code does or does not verify, in the verifier's words (zh-CN is the source of truth; English must match it key for key). */
const zhCN = {
  'reason.OK': '码真实有效',
  'reason.TRUST_LIST_STALE': '本机信任列表已过期，请联网更新后再核验',
  'reason.PREFIX': '不是政务服务码或电子证照码',
  'reason.BASE45': '码内容已损坏（编码错误）',
  'reason.ZLIB': '码内容已损坏（无法解压）',
  'reason.CBOR': '码内容已损坏（格式错误）',
  'reason.COSE': '码的签名结构无效',
  'reason.ALG_UNSUPPORTED': '码使用了本机不支持的签名算法',
  'reason.KID_UNKNOWN': '签发机构不在川渝信任列表中',
  'reason.SIGNATURE': '签名校验失败，码可能被篡改',
  'reason.CWT': '码的内容不完整或不符合规范',
  'reason.NOT_YET_VALID': '码尚未生效，请核对手机时间',
  'reason.EXPIRED': '码已过期，请持码人刷新后重新出示',
  'reason.WRONG_PURPOSE': '签发机构无权签发此类码',
  'reason.DIGEST_MISMATCH': '出示的证照信息被改动过',
  'reason.REVOKED': '证照已被注销或暂停使用',
  'reason.USED': '此码已被本单位核验过，请持码人刷新后重新出示',
};

// English sits in the H5's one English chunk, fetched once and only by a phone showing English.
export const verificationMessages = defineFeatureMessages<keyof typeof zhCN>(zhCN, { en: () => import(/* webpackChunkName: "i18n-en" */ './verification-messages.en').then((m) => m.en) });
