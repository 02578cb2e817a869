import { act, render, screen } from '@testing-library/react';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { useT } from '@/shared/i18n/use-t';
import { PageShell } from '@/shared/ui/page-shell';
import Taro from '@tarojs/taro';

function Greeting() {
  const t = useT();
  return <span>{t('common.loading')}</span>;
}

test('elder mode and language are a switch of the whole page, and persist', () => {
  const { container } = render(
    <PageShell tab>
      <Greeting />
    </PageShell>,
  );
  expect(container.querySelector('.page--elder')).toBeNull();
  expect(screen.getByText('加载中…')).toBeTruthy();

  act(() => {
    usePreferencesStore.getState().setElderMode(true);
    usePreferencesStore.getState().setLanguage('en');
  });
  expect(container.querySelector('.page--elder')).not.toBeNull();
  expect(screen.getByText('Loading…')).toBeTruthy();
  expect(JSON.parse(Taro.getStorageSync('preferences') as string).state).toMatchObject({ language: 'en', elderMode: true });
});
