import { act, render, screen } from '@testing-library/react';
import { usePreferencesStore } from '@/shared/state/preferences-store';

// The H5 variant: only zh-CN is bundled, English (shared and each feature's) arrives as chunks.
jest.mock('@/shared/i18n/dictionaries', () => jest.requireActual('@/shared/i18n/dictionaries.h5'));

import { ensureLanguage } from '@/shared/i18n/i18n';
import { createFeatureT, defineFeatureMessages } from '@/shared/i18n/use-feature-t';

const loadEnglish = jest.fn(() => Promise.resolve({ 'usage.title': 'Where my code was used' }));
const messages = defineFeatureMessages({ 'usage.title': '用码记录' }, { en: loadEnglish });
const useUsageT = createFeatureT(messages);

function Title() {
  const t = useUsageT();
  return (
    <p>
      {t('usage.title')} · {t('tab.home')}
    </p>
  );
}

afterEach(() => {
  usePreferencesStore.getState().setLanguage('zh-CN');
});

test('a phone showing Chinese never fetches a feature’s English table', () => {
  render(<Title />);
  expect(screen.getByText('用码记录 · 首页')).toBeTruthy();
  expect(loadEnglish).not.toHaveBeenCalled();
});

test('choosing English fetches the feature’s table once, and the screen switches only when both tables are here', async () => {
  render(<Title />);
  await act(async () => {
    usePreferencesStore.getState().setLanguage('en');
  });
  await act(async () => {
    await Promise.all([ensureLanguage('en'), messages.ensure('en')]);
  });
  expect(screen.getByText('Where my code was used · Home')).toBeTruthy();
  expect(loadEnglish).toHaveBeenCalledTimes(1);

  render(<Title />);
  expect(screen.getAllByText('Where my code was used · Home')).toHaveLength(2);
  expect(loadEnglish).toHaveBeenCalledTimes(1);
});

test('until the English table arrives the feature reads in Chinese, not half in each language', async () => {
  let arrive: (table: { title: string }) => void = () => undefined;
  const slow = defineFeatureMessages({ title: '亮码' }, { en: () => new Promise((resolve) => (arrive = resolve)) });
  const useSlowT = createFeatureT(slow);
  function Slow() {
    const t = useSlowT();
    return <p>{`${t('title')} · ${t('tab.home')}`}</p>;
  }
  render(<Slow />);
  await act(async () => {
    usePreferencesStore.getState().setLanguage('en');
    await ensureLanguage('en');
  });
  expect(screen.getByText('亮码 · 首页')).toBeTruthy();
  await act(async () => {
    arrive({ title: 'Show code' });
    await slow.ensure('en');
  });
  expect(screen.getByText('Show code · Home')).toBeTruthy();
});

test('the mini-program reads every language at once (its build inlines the tables)', () => {
  const env = process.env.TARO_ENV;
  process.env.TARO_ENV = 'weapp';
  try {
    const load = jest.fn(() => Promise.resolve({ title: 'Show code' }));
    defineFeatureMessages({ title: '亮码' }, { en: load });
    expect(load).toHaveBeenCalledTimes(1);
  } finally {
    process.env.TARO_ENV = env;
  }
});
