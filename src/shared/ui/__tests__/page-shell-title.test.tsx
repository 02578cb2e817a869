import { render } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type * as DrivenPage from '@test/jest/driven-page';
import { hidePage, resetDrivenPage, showPage } from '@test/jest/driven-page';
import { PageShell } from '@/shared/ui/page-shell';

// Each test drives the page's show and hide itself: a reloaded H5 page may never get its first show.
jest.mock('@tarojs/taro', () => jest.requireActual<typeof DrivenPage>('@test/jest/driven-page').taroWithDrivenPage());

const setTitle = Taro.setNavigationBarTitle as jest.Mock;
const titles = () => setTitle.mock.calls.map(([o]: [{ title: string }]) => o.title);

beforeEach(() => {
  resetDrivenPage();
  setTitle.mockClear();
});

test('the bar is titled when the page mounts, even if its first show never arrives', () => {
  render(<PageShell title='设置'>x</PageShell>);
  expect(titles()).toEqual(['设置']);
});

test('a title that changes while the page is shown (another language) retitles the bar', () => {
  const view = render(<PageShell title='设置'>x</PageShell>);
  view.rerender(<PageShell title='Settings'>x</PageShell>);
  expect(titles().at(-1)).toBe('Settings');
});

test('a hidden page never retitles the bar of the page in front of it; it takes the bar back when shown', () => {
  const view = render(<PageShell title='设置'>x</PageShell>);
  hidePage();
  setTitle.mockClear();
  view.rerender(<PageShell title='Settings'>x</PageShell>);
  expect(titles()).toEqual([]);
  showPage();
  expect(titles()).toEqual(['Settings']);
});
