import { render, screen } from '@testing-library/react';
import type { ServiceDetail } from '@contract/catalog';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { ServiceGuide } from '@/features/service-catalog/components/service-guide';

const detail: ServiceDetail = {
  code: 'HJ-0001',
  name: '居民身份证换领、补领',
  aliases: ['身份证补办'],
  department: '四川省公安厅',
  audience: ['person'],
  themes: ['household'],
  lifeEvents: [],
  channels: ['mobile', 'window'],
  chuanyu: true,
  online: true,
  cities: [],
  popularity: 99,
  guide: {
    summary: '居民身份证有效期满、丢失或损坏的，可申请换领、补领。',
    conditions: ['具有四川省常住户口的中国公民'],
    materials: [
      { name: '居民户口簿', form: 'original', copies: 1, required: true, certificateClass: 'HUKOU' },
      { name: '数字相片回执', form: 'electronic', copies: 0, required: false, certificateClass: null },
    ],
    steps: [{ title: '在线申请', detail: '上传相片回执并填写领取方式' }],
    legalLimitDays: 60,
    promisedLimitDays: 0,
    fee: '20元',
    legalBasis: ['《中华人民共和国居民身份证法》'],
    locations: '户籍所在地派出所',
    phone: '12345',
  },
  certificateNames: { HUKOU: '居民户口簿' },
};

test('the guide says what to bring, and which e-certificate replaces the paper', () => {
  usePreferencesStore.getState().setLanguage('zh-CN');
  render(<ServiceGuide service={detail} />);
  expect(screen.getByText('可用电子证照“居民户口簿”代替')).toBeTruthy();
  expect(screen.getAllByText(/居民户口簿/)).toHaveLength(2);
  expect(screen.getByTestId('promised-limit').textContent).toBe('即办');
  expect(screen.getByText('60个工作日')).toBeTruthy();
  expect(screen.getByText(/（非必需）/)).toBeTruthy();
  expect(screen.getByText('咨询电话：12345')).toBeTruthy();
});

test('in English the labels change (once the H5 has fetched the English table) and the data stays as published', async () => {
  usePreferencesStore.getState().setLanguage('en');
  render(<ServiceGuide service={detail} />);
  expect(await screen.findByText('Your e-certificate "居民户口簿" can be used instead')).toBeTruthy();
  expect(screen.getByTestId('promised-limit').textContent).toBe('On the spot');
  usePreferencesStore.getState().setLanguage('zh-CN');
});

test('in English one copy and one working day read in the singular, more in the plural', async () => {
  usePreferencesStore.getState().setLanguage('en');
  const oneDay: ServiceDetail = {
    ...detail,
    guide: {
      ...detail.guide,
      promisedLimitDays: 1,
      materials: [
        { name: 'Household Register', form: 'original', copies: 1, required: true, certificateClass: null },
        { name: 'Power of attorney', form: 'copy', copies: 2, required: true, certificateClass: null },
      ],
    },
  };
  const { container } = render(<ServiceGuide service={oneDay} />);
  expect((await screen.findByTestId('promised-limit')).textContent).toBe('1 working day');
  expect(container.textContent).toContain('60 working days');
  expect(container.textContent).toContain('1 copy');
  expect(container.textContent).toContain('2 copies');
  expect(container.textContent).not.toContain('1 copies');
  usePreferencesStore.getState().setLanguage('zh-CN');
});
