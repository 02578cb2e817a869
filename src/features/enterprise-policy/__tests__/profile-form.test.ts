import type { EnterpriseProfile } from '@contract/policies';
import { bodyFromDraft, draftFromProfile } from '@/features/enterprise-policy/model/profile-form';

const profile: EnterpriseProfile = {
  enterpriseId: 'e1',
  enterpriseName: '成都天府软件有限公司',
  creditCode: '91510107MA61QW3K0X',
  industrySection: 'I',
  industryDivision: '65',
  sizeClass: null,
  regionCode: '510107',
  foundedOn: '2019-03-01',
  employees: 80,
  annualRevenue: 3200.5,
  rdRatio: null,
  tags: ['high_tech'],
  employsDisabled: null,
  newGraduatesHired: 6,
  insuredEmployees: 76,
  layoffRate: null,
  hasCreditViolations: false,
  suggestedSizeClass: 'small',
  revenueBand: '2000_10000',
  source: 'owner',
  updatedAt: null,
};

test('a saved profile round-trips through the form unchanged', () => {
  const result = bodyFromDraft(draftFromProfile(profile));
  expect('body' in result && result.body).toEqual({
    industrySection: 'I',
    industryDivision: '65',
    sizeClass: null,
    regionCode: '510107',
    foundedOn: '2019-03-01',
    employees: 80,
    annualRevenue: 3200.5,
    rdRatio: null,
    tags: ['high_tech'],
    employsDisabled: null,
    newGraduatesHired: 6,
    insuredEmployees: 76,
    layoffRate: null,
    hasCreditViolations: false,
  });
});

test('an empty field is an unknown fact, not a zero', () => {
  const draft = { ...draftFromProfile(profile), employees: '  ', rdRatio: '' };
  const result = bodyFromDraft(draft);
  expect('body' in result && result.body.employees).toBeNull();
  expect('body' in result && result.body.rdRatio).toBeNull();
});

test('numbers are checked before anything is sent', () => {
  const draft = { ...draftFromProfile(profile), employees: '12.5', annualRevenue: 'abc', layoffRate: '-1' };
  expect(bodyFromDraft(draft)).toEqual({
    errors: { employees: 'NUMBER_INVALID', annualRevenue: 'NUMBER_INVALID', layoffRate: 'NUMBER_INVALID' },
  });
});
