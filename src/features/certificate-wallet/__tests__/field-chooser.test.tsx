import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import type { CertificateFieldDef } from '@contract/certificates';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { FieldChooser } from '@/features/certificate-wallet/components/field-chooser';
import { disclosedKeys, type PresentationChoice } from '@/features/certificate-wallet/model/presentation-choice';

const f = (key: string, label: string, extra: Partial<CertificateFieldDef> = {}): CertificateFieldDef => ({
  key, label, labelEn: key, sensitive: false, type: 'text', ...extra,
});

const DRVLIC = [
  f('name', '姓名'),
  f('idNumber', '公民身份号码', { sensitive: true }),
  f('vehicleClass', '准驾车型'),
  f('validFrom', '有效期起', { type: 'date' }),
  f('validTo', '有效期至', { type: 'date' }),
  f('photo', '照片', { type: 'image' }),
];

/** The driving licence's template lists as the node's catalogue sends them. */
const TEMPLATES = { lodging: ['name', 'idNumber'], transport: ['vehicleClass', 'validFrom', 'validTo'] };

function Harness({ onChoice, available, templates = TEMPLATES }: { onChoice?: (c: PresentationChoice) => void; available?: string[]; templates?: typeof TEMPLATES }) {
  const [choice, setChoice] = useState<PresentationChoice>({ kind: 'template', template: 'window' });
  return (
    <FieldChooser
      fields={DRVLIC}
      value={choice}
      available={available}
      templates={templates}
      onChange={(c) => {
        setChoice(c);
        onChoice?.(c);
      }}
    />
  );
}

beforeEach(() => usePreferencesStore.getState().setLanguage('zh-CN'));

test('each scene template says exactly which fields it shows', () => {
  render(<Harness />);
  const preview = screen.getByTestId('disclosed-preview');
  expect(preview.textContent).toBe('将出示：姓名、公民身份号码、准驾车型、有效期起、有效期至');

  fireEvent.click(screen.getByTestId('template-transport'));
  expect(preview.textContent).toBe('将出示：准驾车型、有效期起、有效期至');
  expect(screen.getByTestId('template-transport').getAttribute('aria-checked')).toBe('true');

  fireEvent.click(screen.getByTestId('template-lodging'));
  expect(preview.textContent).toBe('将出示：姓名、公民身份号码');
});

test('the class catalogue decides what a template shows; keys the class lacks are ignored', () => {
  render(<Harness templates={{ lodging: ['name', 'plateNumber'], transport: ['validTo'] }} />);
  fireEvent.click(screen.getByTestId('template-lodging'));
  expect(screen.getByTestId('disclosed-preview').textContent).toBe('将出示：姓名');
  fireEvent.click(screen.getByTestId('template-transport'));
  expect(screen.getByTestId('disclosed-preview').textContent).toBe('将出示：有效期至');
});

test('picking fields starts from the current template and toggles them', () => {
  const seen: PresentationChoice[] = [];
  render(<Harness onChoice={(c) => seen.push(c)} />);
  fireEvent.click(screen.getByTestId('template-transport'));
  fireEvent.click(screen.getByTestId('template-custom'));
  expect(screen.getByTestId('pick-validTo').getAttribute('aria-checked')).toBe('true');
  expect(screen.getByTestId('pick-name').getAttribute('aria-checked')).toBe('false');
  fireEvent.click(screen.getByTestId('pick-name'));
  fireEvent.click(screen.getByTestId('pick-validFrom'));
  fireEvent.click(screen.getByTestId('pick-vehicleClass'));
  expect(seen[seen.length - 1]).toEqual({ kind: 'fields', fields: ['validTo', 'name'] });
  expect(screen.getByTestId('disclosed-preview').textContent).toBe('将出示：姓名、有效期至');
  fireEvent.click(screen.getByTestId('pick-name'));
  fireEvent.click(screen.getByTestId('pick-validTo'));
  expect(screen.getByTestId('disclosed-preview').textContent).toBe('请至少选择一项信息');
});

test('offline, only what the stored credential holds can be chosen (never the photo)', () => {
  render(<Harness available={['name', 'idNumber', 'vehicleClass', 'validFrom', 'validTo']} />);
  fireEvent.click(screen.getByTestId('template-custom'));
  expect(screen.queryByTestId('pick-photo')).toBeNull();
  expect(disclosedKeys(DRVLIC, { kind: 'fields', fields: ['photo', 'validTo'] }, { templates: TEMPLATES, available: ['validTo'] })).toEqual(['validTo']);
});
