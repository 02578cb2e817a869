import { canReassign, desksOf, officeParts, validateCertificateStatus } from '@/features/staff-desk/model/desks';

test('each role gets only its own desk: the hotline never sees the approval queue', () => {
  expect(desksOf('hotline')).toEqual(['cases']);
  expect(desksOf('reviewer')).toEqual(['applications']);
  expect(desksOf('certificate_officer')).toEqual(['certificates']);
  expect(desksOf('supervisor')).toEqual(['applications', 'audit']);
  expect(canReassign('reviewer')).toBe(false);
  expect(canReassign('supervisor')).toBe(true);
});

test('the office is named once in the header', () => {
  expect(officeParts({ office: '成都市政务服务中心', regionName: '成都市', department: null })).toEqual(['成都市政务服务中心']);
  expect(officeParts({ office: '成都住房公积金管理中心', regionName: '成都市', department: '成都住房公积金管理中心' })).toEqual([
    '成都住房公积金管理中心',
    '成都市',
  ]);
  expect(officeParts({ office: '四川省12345政务服务便民热线', regionName: '四川省', department: null })).toEqual(['四川省12345政务服务便民热线']);
});

test('a certificate status change needs an identifier and a reason of 2 to 200 characters', () => {
  expect(validateCertificateStatus({ certificateId: ' ', reason: '' })).toEqual({ certificateId: 'REQUIRED', reason: 'REQUIRED' });
  expect(validateCertificateStatus({ certificateId: 'x', reason: '核' })).toEqual({ reason: 'REQUIRED' });
  expect(validateCertificateStatus({ certificateId: 'x', reason: '核'.repeat(201) })).toEqual({ reason: 'TOO_LONG' });
  expect(validateCertificateStatus({ certificateId: 'x', reason: '信息核查中' })).toEqual({});
});
