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
