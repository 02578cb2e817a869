/**
 * Builders for form definitions (data, not code paths): the common applicant block, a few
 * recurring facts, and conditions. Every service's own fields are written in ./service-fields.ts
 * and ./bundles.ts.
 */
import type { Condition, FieldOption, FormField } from '../../../../../../types/form-engine';

type Extra = Partial<Omit<FormField, 'id' | 'label' | 'type'>>;

export const opts = (...pairs: Array<[string, string]>): FieldOption[] => pairs.map(([value, label]) => ({ value, label }));

export const text = (id: string, label: string, o: Extra = {}): FormField => ({ id, label, type: 'text', maxLength: 100, ...o });
export const area = (id: string, label: string, o: Extra = {}): FormField => ({ id, label, type: 'textarea', maxLength: 1000, ...o });
export const num = (id: string, label: string, o: Extra = {}): FormField => ({ id, label, type: 'number', ...o });
export const date = (id: string, label: string, o: Extra = {}): FormField => ({ id, label, type: 'date', ...o });
export const radio = (id: string, label: string, options: FieldOption[], o: Extra = {}): FormField => ({ id, label, type: 'radio', options, ...o });
export const select = (id: string, label: string, options: FieldOption[], o: Extra = {}): FormField => ({ id, label, type: 'select', options, ...o });
export const multi = (id: string, label: string, options: FieldOption[], o: Extra = {}): FormField => ({ id, label, type: 'multiselect', options, ...o });
export const bool = (id: string, label: string, o: Extra = {}): FormField => ({ id, label, type: 'boolean', ...o });
export const phone = (id: string, label: string, o: Extra = {}): FormField => ({ id, label, type: 'phone', ...o });
export const photo = (id: string, label: string, o: Extra = {}): FormField => ({ id, label, type: 'photo', maxItems: 1, ...o });

export const when = (field: string, equals: string | number | boolean): Condition => ({ field, equals });
export const whenIn = (field: string, values: Array<string | number | boolean>): Condition => ({ field, in: values });

/** Visible and required together. */
export const onlyWhen = (condition: Condition): Extra => ({ visibleWhen: condition, requiredWhen: condition });

export const PERSON_NAME = '[\\u4e00-\\u9fa5·]{2,20}|[A-Za-z][A-Za-z .\\-]{1,39}';
export const BANK_CARD = '\\d{16,19}';
export const PLATE = '[\\u4e00-\\u9fa5][A-Z][A-Z0-9]{5,6}';
export const CREDIT_CODE = '[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}';

/**
 * How each checked format reads to a resident, shown with a format error (and as a hint): by the
 * issue code a pattern reports, then by field type.
 */
const FORMAT_BY_CODE: Readonly<Record<string, string>> = {
  BANK_CARD_INVALID: '16–19位数字的银行卡号，不含空格',
  PLATE_INVALID: '省份简称加字母和5–6位字母数字，如 川A12345、川AD12345',
  MONTH_INVALID: '年-月，如 2024-01',
  CREDIT_CODE_INVALID: '18位统一社会信用代码，如 91510100MA61234567',
  PERSON_NAME_INVALID: '与身份证一致的姓名（汉字，少数民族姓名用“·”分隔）',
  RECEIPT_NUMBER_INVALID: '8–24位字母或数字',
  ACCOUNT_NUMBER_INVALID: '6–20位数字',
  RECORD_NUMBER_INVALID: '10–20位数字',
  ARCHIVE_NUMBER_INVALID: '12位数字（驾驶证背面的档案编号）',
  BIRTH_CERT_NUMBER_INVALID: '1个大写字母加9位数字，如 Q510012345',
};
const FORMAT_BY_TYPE: Partial<Record<FormField['type'], string>> = {
  phone: '11位手机号码，如 13800138000',
  idNumber: '18位公民身份号码，末位可为X',
  date: '年-月-日，如 2025-03-01',
};

/** The field with its expected format filled in where it has a checked format and none was written. */
export function withFormat(field: FormField): FormField {
  if (field.format) return field;
  const format = (field.patternCode && FORMAT_BY_CODE[field.patternCode]) || FORMAT_BY_TYPE[field.type];
  return format ? { ...field, format } : field;
}

export const personName = (id: string, label: string, o: Extra = {}): FormField =>
  text(id, label, { pattern: PERSON_NAME, patternCode: 'PERSON_NAME_INVALID', maxLength: 40, ...o });

/** 申请人信息: from the real-name record, read-only (the server re-fills them from its own record). */
export function applicantFields(): FormField[] {
  const section = '申请人信息';
  return [
    { id: 'applicantName', label: '姓名', type: 'text', section, required: true, readOnly: true, prefill: 'profile.name', maxLength: 40 },
    // Masked on purpose: the full number stays in the real-name table (never in application values).
    { id: 'applicantIdNumber', label: '身份证号', type: 'idNumber', section, required: true, readOnly: true, prefill: 'profile.idNumber' },
    { id: 'applicantPhone', label: '联系电话', type: 'phone', section, required: true, prefill: 'profile.phone' },
  ];
}

/** 企业信息 for services done as a 法人 (acting for a bound enterprise). */
export function enterpriseFields(): FormField[] {
  const section = '企业信息';
  return [
    { id: 'enterpriseName', label: '企业名称', type: 'text', section, required: true, prefill: 'enterprise.name', maxLength: 100 },
    {
      id: 'enterpriseCreditCode', label: '统一社会信用代码', type: 'text', section, required: true, prefill: 'enterprise.creditCode',
      pattern: CREDIT_CODE, patternCode: 'CREDIT_CODE_INVALID',
    },
  ];
}

/** 结果领取: electronic, at the window, or by post (address only then). */
export function deliveryFields(section = '结果送达'): FormField[] {
  return [
    radio('deliveryMethod', '领取方式', opts(['electronic', '电子证照/网上查看'], ['window', '窗口领取'], ['mail', '邮寄到家']), { section, required: true }),
    text('mailAddress', '邮寄地址', { section, maxLength: 200, minLength: 5, ...onlyWhen(when('deliveryMethod', 'mail')) }),
  ];
}

export const CITIES = opts(
  ['510100', '成都市'], ['510300', '自贡市'], ['510400', '攀枝花市'], ['510500', '泸州市'], ['510600', '德阳市'],
  ['510700', '绵阳市'], ['510800', '广元市'], ['510900', '遂宁市'], ['511000', '内江市'], ['511100', '乐山市'],
  ['511300', '南充市'], ['511400', '眉山市'], ['511500', '宜宾市'], ['511600', '广安市'], ['511700', '达州市'],
  ['511800', '雅安市'], ['511900', '巴中市'], ['512000', '资阳市'], ['513200', '阿坝州'], ['513300', '甘孜州'], ['513400', '凉山州'],
);
export const SEX = opts(['male', '男'], ['female', '女']);
