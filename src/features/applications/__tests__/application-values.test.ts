import type { FormDefinition } from '@contract/form-engine';
import { describeValues } from '@/features/applications/model/application-values';

const form: FormDefinition = {
  serviceCode: 'SB-0007',
  serviceName: '职工参保缴费证明打印',
  version: 1,
  fields: [
    { id: 'kinds', label: '险种', type: 'multiselect', options: [{ value: 'pension', label: '养老保险' }, { value: 'medical', label: '医疗保险' }] },
    { id: 'purpose', label: '用途', type: 'select', options: [{ value: 'housing', label: '购房' }] },
    { id: 'urgent', label: '加急', type: 'boolean' },
    { id: 'photos', label: '现场照片', type: 'photo' },
    { id: 'note', label: '备注', type: 'text' },
  ],
  materials: [
    { id: 'm1', name: '居民身份证', required: true, certificateClass: 'IDCARD', accept: [], maxFiles: 1 },
    { id: 'm2', name: '劳动合同', required: false, certificateClass: null, accept: [], maxFiles: 5 },
  ],
};
const words = { yes: '是', no: '否', files: (n: number) => `已上传 ${n} 个文件` };

test('values are shown with the form labels and option labels, in form order; blanks are left out', () => {
  const rows = describeValues(
    form,
    {
      purpose: 'housing', kinds: ['pension', 'medical'], urgent: false, photos: ['u1', 'u2'], note: '',
      m1: { source: 'certificate', certificateClass: 'IDCARD' }, m2: { source: 'upload', uploadIds: ['u3', 'u4', 'u5'] },
      legacy: 'x',
    },
    words,
  );
  expect(rows).toEqual([
    { id: 'kinds', kind: 'field', label: '险种', text: '养老保险、医疗保险' },
    { id: 'purpose', kind: 'field', label: '用途', text: '购房' },
    { id: 'urgent', kind: 'field', label: '加急', text: '否' },
    { id: 'photos', kind: 'field', label: '现场照片', text: '已上传 2 个文件', uploadIds: ['u1', 'u2'] },
    { id: 'm1', kind: 'material', label: '居民身份证', material: { source: 'certificate', certificateClass: 'IDCARD' } },
    { id: 'm2', kind: 'material', label: '劳动合同', material: { source: 'upload', count: 3, uploadIds: ['u3', 'u4', 'u5'] } },
    { id: 'legacy', kind: 'field', label: 'legacy', text: 'x' },
  ]);
});
