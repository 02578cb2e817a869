import { fireEvent, render, screen } from '@testing-library/react';
import type { VerificationResult } from '@contract/service-code';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { VerificationResultCard } from '@/features/verifier/components/verification-result-card';

// The shared Taro mock drops image events: a plain img that reports load and error like Taro's <Image>.
function mockImage({ src, onLoad, onError, ...rest }: Record<string, unknown>) {
  return <img src={src as string} alt={rest['aria-label'] as string} data-testid={rest['data-testid'] as string} onLoad={onLoad as () => void} onError={onError as () => void} />;
}
jest.mock('@tarojs/components', () => ({ ...jest.requireActual('@test/jest/taro-components'), Image: mockImage }));

function lodgingResult(photo: 'matched' | 'unavailable'): VerificationResult {
  return {
    ok: true, reason: 'OK', kind: 'ECP', iss: '510000', subject: null, attributes: {}, verifiedAt: '2026-12-03T00:00:00Z',
    certificate: {
      classCode: 'IDCARD', className: '居民身份证', disclosed: { name: '张三' }, holderRegion: '510000', certificateId: null, photo,
      ...(photo === 'matched' ? { photoBase64: '/9j/2wBDAP/Z' } : {}),
    },
  } as VerificationResult;
}

beforeEach(() => usePreferencesStore.getState().setLanguage('zh-CN'));

test('a photo that fails to display never reads as checked', () => {
  render(<VerificationResultCard result={lodgingResult('matched')} source='online' homeRegion='510000' />);
  expect(screen.queryByText(/已核对/)).toBeNull();
  fireEvent.error(screen.getByTestId('verdict-photo'));
  expect(screen.getByText(/无法显示，不能作为核对依据/)).toBeTruthy();
  expect(screen.queryByText(/已核对/)).toBeNull();
  expect(screen.queryByTestId('verdict-photo')).toBeNull();
});

test('a photo on screen reads as checked', () => {
  render(<VerificationResultCard result={lodgingResult('matched')} source='online' homeRegion='510000' />);
  fireEvent.load(screen.getByTestId('verdict-photo'));
  expect(screen.getByText('持证人照片（联网获取，已核对）')).toBeTruthy();
});

test('a code whose photo could not be fetched here sends the verifier to the physical ID', () => {
  render(<VerificationResultCard result={lodgingResult('unavailable')} source='online' homeRegion='510000' />);
  expect(screen.queryByTestId('verdict-photo')).toBeNull();
  expect(screen.getByTestId('verdict-photo-unavailable').textContent).toMatch(/请核验实体证件/);
});
