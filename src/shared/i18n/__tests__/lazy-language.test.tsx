import { act, render, screen } from '@testing-library/react';
import { usePreferencesStore } from '@/shared/state/preferences-store';

// The H5 variant: only zh-CN is bundled, English arrives as its own chunk.
jest.mock('@/shared/i18n/dictionaries', () => jest.requireActual('@/shared/i18n/dictionaries.h5'));

import { ensureLanguage, isLanguageLoaded, translate } from '@/shared/i18n/i18n';
import { useT } from '@/shared/i18n/use-t';

function Title() {
  const t = useT();
  return <p>{t('tab.home')}</p>;
}

test('English is fetched when chosen; until then the default language shows, then every caller re-renders', async () => {
  expect(isLanguageLoaded('zh-CN')).toBe(true);
  expect(isLanguageLoaded('en')).toBe(false);
  expect(translate('en', 'tab.home')).toBe(translate('zh-CN', 'tab.home'));

  render(<Title />);
  expect(screen.getByText(translate('zh-CN', 'tab.home'))).toBeTruthy();
  await act(async () => {
    usePreferencesStore.getState().setLanguage('en');
  });
  await act(async () => {
    await ensureLanguage('en');
  });
  expect(isLanguageLoaded('en')).toBe(true);
  expect(screen.getByText('Home')).toBeTruthy();
  expect(translate('en', 'tab.home')).toBe('Home');
});
