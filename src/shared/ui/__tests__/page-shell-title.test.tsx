import { act, render } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type * as TaroMock from '@test/jest/taro';
import { PageShell } from '@/shared/ui/page-shell';

// Each test drives the page's show and hide itself; a reloaded H5 page may never get its first show.
const page = { show: [] as (() => void)[], hide: [] as (() => void)[] };
jest.mock('@tarojs/taro', () => {
  const actual = jest.requireActual<typeof TaroMock>('@test/jest/taro');
  return {
    __esModule: true,
    ...actual,
    useDidShow: (fn: () => void) => void page.show.push(fn),
    useDidHide: (fn: () => void) => void page.hide.push(fn),
  };
});

const setTitle = Taro.setNavigationBarTitle as jest.Mock;
const titles = () => setTitle.mock.calls.map(([o]: [{ title: string }]) => o.title);
const showPage = () => act(() => page.show.at(-1)?.());
const hidePage = () => act(() => page.hide.at(-1)?.());

beforeEach(() => {
  page.show.length = 0;
  page.hide.length = 0;
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
