import { act, render, screen } from '@testing-library/react';
import { usePreferencesStore } from '../../state/preferences-store';

// The H5 variant: only zh-CN is bundled, English arrives as its own chunk.
jest.mock('../dictionaries', () => jest.requireActual('../dictionaries.h5'));

import { ensureLanguage, isLanguageLoaded, translate } from '../i18n';
import { useT } from '../use-t';

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
