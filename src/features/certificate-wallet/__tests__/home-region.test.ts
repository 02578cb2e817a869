import { certificatesElsewhere, homeRegionOf } from '@/features/certificate-wallet/model/home-region';

test('the province of a masked ID is where its certificates are kept', () => {
  expect(homeRegionOf('5001**********1021')).toBe('500000');
  expect(homeRegionOf('5101**********2013')).toBe('510000');
  expect(homeRegionOf('1101**********0011')).toBeNull();
});

test('only a resident of the other 川渝 region is told to look there', () => {
  expect(certificatesElsewhere('5001**********1021', '510000')).toBe('500000');
  expect(certificatesElsewhere('5101**********2013', '500000')).toBe('510000');
  expect(certificatesElsewhere('5101**********2013', '510000')).toBeNull();
  expect(certificatesElsewhere('1101**********0011', '510000')).toBeNull();
});
