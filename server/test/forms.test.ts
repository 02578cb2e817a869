import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { FormDefinition } from '../../types/form-engine';
import { prefill, pruneHidden, validateForm, visibleFields } from '../../types/form-engine';
import { addWorkingDays, workingDaysUntil } from '../../types/working-days';
import { buildForm, SPECIFIC_FORM_CODES } from '../src/modules/application/reference/forms/index';
import { BUNDLES } from '../src/modules/application/reference/forms/bundles';
import { SERVICES } from '../src/modules/catalog/reference/services';

const TODAY = '2025-03-12'; // a Wednesday

const form: FormDefinition = {
  serviceCode: 'TST-0001',
  serviceName: 'test',
  version: 1,
  fields: [
    { id: 'name', label: '姓名', type: 'text', required: true, readOnly: true, prefill: 'profile.name' },
    { id: 'phone', label: '电话', type: 'phone', required: true, prefill: 'profile.phone' },
    { id: 'fatherKnown', label: '父亲信息', type: 'boolean', required: true },
    { id: 'fatherName', label: '父亲姓名', type: 'text', visibleWhen: { field: 'fatherKnown', equals: true }, requiredWhen: { field: 'fatherKnown', equals: true } },
    { id: 'fatherNote', label: '备注', type: 'text', visibleWhen: { field: 'fatherName', notEmpty: true } },
    { id: 'birthDate', label: '出生日期', type: 'date', required: true, maxDate: 'today', minDate: 'today-365' },
    { id: 'count', label: '人数', type: 'number', integer: true, min: 1, max: 10 },
    { id: 'plate', label: '号牌', type: 'text', pattern: '[A-Z]\\d{5}', patternCode: 'PLATE_INVALID' },
    { id: 'kind', label: '类型', type: 'radio', options: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }] },
    { id: 'items', label: '事项', type: 'multiselect', minItems: 1, options: [{ value: 'x', label: 'X' }, { value: 'y', label: 'Y' }], requiredWhen: { field: 'kind', equals: 'b' } },
    { id: 'org', label: '企业', type: 'text', prefill: 'enterprise.name' },
  ],
  materials: [
    { id: 'material1', name: '身份证', required: true, certificateClass: 'IDCARD', accept: ['image/png'], maxFiles: 1 },
    { id: 'material2', name: '照片', required: false, certificateClass: null, accept: ['image/png'], maxFiles: 2 },
  ],
};

const valid = {
  name: '张*',
  phone: '13800138000',
  fatherKnown: false,
  birthDate: '2025-03-01',
  material1: { source: 'certificate' as const, certificateClass: 'IDCARD' },
};
const check = (values: Record<string, unknown>, certificates = ['IDCARD']) =>
  validateForm(form, values as never, { today: TODAY, certificates }).map((i) => `${i.path}:${i.code}`);

describe('form engine', () => {
  test('a complete form has no issues', () => {
    assert.deepEqual(check(valid), []);
  });

  test('conditional fields are shown, required and validated only when their condition holds', () => {
    assert.deepEqual(visibleFields(form, valid as never).map((f) => f.id).includes('fatherName'), false);
    assert.deepEqual(check({ ...valid, fatherKnown: true }), ['fatherName:REQUIRED']);
    assert.deepEqual(check({ ...valid, fatherKnown: true, fatherName: '李四' }), []);
    // A hidden field's value is ignored and dropped on submission.
    assert.deepEqual(check({ ...valid, fatherName: '李四' }), []);
    assert.equal('fatherName' in pruneHidden(form, { ...valid, fatherName: '李四' } as never), false);
    // A field shown by a hidden field stays hidden.
    const ids = visibleFields(form, { ...valid, fatherName: '李四', fatherNote: 'x' } as never).map((f) => f.id);
    assert.equal(ids.includes('fatherNote'), false);
    assert.deepEqual(check({ ...valid, kind: 'b' }), ['items:REQUIRED']);
    assert.deepEqual(check({ ...valid, kind: 'b', items: ['x'] }), []);
  });

  test('types, ranges, options and patterns', () => {
    assert.deepEqual(check({ ...valid, count: 'three' }), ['count:INVALID_TYPE']);
    assert.deepEqual(check({ ...valid, count: 2.5 }), ['count:INVALID_TYPE']);
    assert.deepEqual(check({ ...valid, count: 11 }), ['count:TOO_LARGE']);
    assert.deepEqual(check({ ...valid, count: 0 }), ['count:TOO_SMALL']);
    assert.deepEqual(check({ ...valid, plate: 'a12345' }), ['plate:PLATE_INVALID']);
    assert.deepEqual(check({ ...valid, plate: 'A12345' }), []);
    assert.deepEqual(check({ ...valid, kind: 'c' }), ['kind:INVALID_VALUE']);
    assert.deepEqual(check({ ...valid, kind: 'a', items: ['x', 'z'] }), ['items:INVALID_VALUE']);
    assert.deepEqual(check({ ...valid, phone: '12345' }), ['phone:MOBILE_INVALID']);
    assert.deepEqual(check({ ...valid, fatherKnown: 'yes' }), ['fatherKnown:INVALID_TYPE']);
    assert.deepEqual(check({ ...valid, surprise: 1 }), ['surprise:UNKNOWN_FIELD']);
  });

  test('dates: real calendar dates within today-relative bounds', () => {
    assert.deepEqual(check({ ...valid, birthDate: '2025-03-13' }), ['birthDate:DATE_TOO_LATE']);
    assert.deepEqual(check({ ...valid, birthDate: TODAY }), []);
    assert.deepEqual(check({ ...valid, birthDate: '2024-03-11' }), ['birthDate:DATE_TOO_EARLY']);
    assert.deepEqual(check({ ...valid, birthDate: '2025-02-30' }), ['birthDate:INVALID_FORMAT']);
    assert.deepEqual(check({ ...valid, birthDate: '12/03/2025' }), ['birthDate:INVALID_FORMAT']);
  });

  test('materials: a held e-certificate or uploads; a certificate not held is refused', () => {
    assert.deepEqual(check({ ...valid, material1: undefined }), ['material1:REQUIRED']);
    assert.deepEqual(check(valid, []), ['material1:CERTIFICATE_NOT_HELD']);
    assert.deepEqual(check({ ...valid, material1: { source: 'upload', uploadIds: ['u1'] } }, []), []);
    assert.deepEqual(check({ ...valid, material2: { source: 'certificate', certificateClass: 'IDCARD' } }), ['material2:INVALID_VALUE']);
    assert.deepEqual(check({ ...valid, material2: { source: 'upload', uploadIds: ['a', 'b', 'c'] } }), ['material2:TOO_MANY_FILES']);
  });

  test('prefill from the profile, the enterprise and held certificates; read-only fields always from the source', () => {
    const values = prefill(
      form,
      { profile: { name: '张*', phone: '138****8000', idNumber: null }, enterprise: { name: '四川示例科技有限公司', creditCode: 'x' }, certificates: ['IDCARD'] },
      { name: '冒名', phone: '13900001111' },
    );
    assert.equal(values.name, '张*');
    assert.equal(values.phone, '13900001111', 'an editable field keeps what the user typed');
    assert.equal(values.org, '四川示例科技有限公司');
    assert.deepEqual(values.material1, { source: 'certificate', certificateClass: 'IDCARD' });
    assert.equal(values.material2, undefined);
    // The masked login phone is an acceptable contact number as pre-filled.
    assert.deepEqual(check({ ...valid, phone: '138****8000' }), []);
  });
});

describe('form definitions', () => {
  test('every online service has a form with the applicant block and one slot per material', () => {
    for (const service of SERVICES) {
      const built = buildForm(service);
      if (!service.online) {
        assert.equal(built, null);
        continue;
      }
      assert.ok(built, service.code);
      assert.deepEqual(built.fields.slice(0, 3).map((f) => f.id), ['applicantName', 'applicantIdNumber', 'applicantPhone']);
      assert.equal(built.materials.length, service.guide.materials.filter((m) => m.form !== 'form').length, service.code);
      const ids = [...built.fields.map((f) => f.id), ...built.materials.map((m) => m.id)];
      assert.equal(new Set(ids).size, ids.length, `${service.code} has unique ids`);
      // Conditions refer to fields that exist before them.
      for (const [index, field] of built.fields.entries()) {
        const refs = JSON.stringify(field.visibleWhen ?? {}).match(/"field":"([^"]+)"/g) ?? [];
        for (const ref of refs) {
          const id = ref.slice(9, -1);
          assert.ok(built.fields.slice(0, index).some((f) => f.id === id), `${service.code}.${field.id} refers to ${id}`);
        }
      }
    }
  });

  test('the 20 most popular online services and every bundle have fields of their own', () => {
    const top = SERVICES.filter((s) => s.online).sort((a, b) => b.popularity - a.popularity).slice(0, 20);
    for (const service of top) assert.ok(SPECIFIC_FORM_CODES.includes(service.code), service.code);
    const bundles = SERVICES.filter((s) => s.code.startsWith('YJS-'));
    assert.ok(bundles.length >= 14);
    for (const service of bundles) {
      assert.ok(BUNDLES[service.code], service.code);
      const built = buildForm(service);
      assert.ok(built?.bundle && built.bundle.members.length >= 3, service.code);
    }
  });

  test('新生儿出生一件事 asks each fact once and shows father info only when known', () => {
    const birth = buildForm(SERVICES.find((s) => s.code === 'YJS-0001')!)!;
    const ids = birth.fields.map((f) => f.id);
    assert.equal(ids.filter((id) => id === 'babyName').length, 1);
    const without = visibleFields(birth, { fatherKnown: false }).map((f) => f.id);
    assert.equal(without.includes('fatherName'), false);
    assert.ok(visibleFields(birth, { fatherKnown: true }).some((f) => f.id === 'fatherName'));
    const birthDate = birth.fields.find((f) => f.id === 'birthDate')!;
    assert.equal(birthDate.maxDate, 'today');
  });
});

describe('working days', () => {
  test('skip Saturdays and Sundays', () => {
    assert.equal(addWorkingDays('2025-03-14', 1), '2025-03-17'); // Fri + 1 → Mon
    assert.equal(addWorkingDays('2025-03-12', 5), '2025-03-19');
    assert.equal(addWorkingDays('2025-03-15', 0), '2025-03-15');
    assert.equal(workingDaysUntil('2025-03-14', '2025-03-17'), 1);
    assert.equal(workingDaysUntil('2025-03-12', '2025-03-19'), 5);
    assert.equal(workingDaysUntil('2025-03-19', '2025-03-12'), -5);
  });
});
