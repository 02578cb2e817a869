import { render, screen } from '@testing-library/react';
import type { CertificateDetail } from '@contract/certificates';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { CertificateFace } from '@/features/certificate-wallet/components/certificate-face';

type Face = Pick<CertificateDetail, 'fields' | 'layout' | 'photoBase64'>;

function face(revealed: boolean): Face {
  return {
    layout: {
      title: '中华人民共和国机动车驾驶证',
      background: '#F2F3F5',
      accent: '#3C4A5C',
      rows: [['idNumber'], ['name', 'sex'], ['validFrom', 'validTo']],
      photo: 'photo',
    },
    photoBase64: '/9j/4AAQ',
    fields: [
      { key: 'name', label: '姓名', labelEn: 'Name', sensitive: false, type: 'text', value: '李重庆', masked: false },
      { key: 'sex', label: '性别', labelEn: 'Sex', sensitive: false, type: 'text', value: '女', masked: false },
      {
        key: 'idNumber', label: '公民身份号码', labelEn: 'Citizen ID number', sensitive: true, type: 'text',
        value: revealed ? '500103199001011021' : '5001**********1021', masked: !revealed,
      },
      { key: 'validFrom', label: '有效期起', labelEn: 'Valid from', sensitive: false, type: 'date', value: '2018-08-08', masked: false },
      { key: 'validTo', label: '有效期至', labelEn: 'Valid to', sensitive: false, type: 'date', value: '2028-08-08', masked: false },
      { key: 'photo', label: '照片', labelEn: 'Photo', sensitive: false, type: 'image', value: null, masked: false },
    ],
  };
}

beforeEach(() => usePreferencesStore.getState().setLanguage('zh-CN'));

test('the face follows the class layout and shows sensitive values masked', () => {
  render(<CertificateFace detail={face(false)} />);
  expect(screen.getByRole('heading').textContent).toBe('中华人民共和国机动车驾驶证');
  const id = screen.getByTestId('cert-field-idNumber');
  expect(id.getAttribute('data-masked')).toBe('true');
  expect(id.textContent).toContain('5001**********1021');
  expect(document.body.textContent).not.toContain('500103199001011021');
  expect(screen.getByTestId('cert-field-name').textContent).toBe('姓名李重庆');
  // Layout order: the ID row first, then name and sex side by side.
  const cells = screen.getAllByTestId(/^cert-field-/).map((el) => el.getAttribute('data-testid'));
  expect(cells).toEqual(['cert-field-idNumber', 'cert-field-name', 'cert-field-sex', 'cert-field-validFrom', 'cert-field-validTo']);
  // Screen readers hear that the value is partly hidden.
  expect(id.textContent).toContain('已隐藏部分内容');
  expect(screen.getByLabelText('持证人照片')).toBeTruthy();
});

test('after re-authentication the full value is drawn, unmarked', () => {
  render(<CertificateFace detail={face(true)} />);
  const id = screen.getByTestId('cert-field-idNumber');
  expect(id.getAttribute('data-masked')).toBe('false');
  expect(id.textContent).toContain('500103199001011021');
  expect(id.textContent).not.toContain('已隐藏部分内容');
});

test('labels follow the language', () => {
  usePreferencesStore.getState().setLanguage('en');
  render(<CertificateFace detail={face(false)} />);
  expect(screen.getByTestId('cert-field-validTo').textContent).toBe('Valid to2028-08-08');
});
