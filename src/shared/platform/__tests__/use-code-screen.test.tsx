import { renderHook } from '@testing-library/react';
import type * as DrivenPage from '@test/jest/driven-page';
import { hidePage, resetDrivenPage, showPage } from '@test/jest/driven-page';
import { holdScreenForCode } from '@/shared/platform/screen';
import { useCodeScreen } from '@/shared/platform/use-code-screen';

// Each test drives the page's show and hide itself: a reloaded H5 page may never get its first show.
jest.mock('@tarojs/taro', () => jest.requireActual<typeof DrivenPage>('@test/jest/driven-page').taroWithDrivenPage());

jest.mock('@/shared/platform/screen', () => ({ holdScreenForCode: jest.fn() }));
const hold = holdScreenForCode as jest.MockedFunction<typeof holdScreenForCode>;
let held = 0;

beforeEach(() => {
  resetDrivenPage();
  held = 0;
  hold.mockReset();
  hold.mockImplementation(() => {
    held += 1;
    return () => void (held -= 1);
  });
});

test('the screen is held from mount, even when the first show never arrives, and given back on unmount', () => {
  const view = renderHook(() => useCodeScreen(true, () => undefined));
  expect(held).toBe(1);
  view.unmount();
  expect(held).toBe(0);
});

test('a show while the screen is held takes nothing twice; a hide gives it back and the next show takes it again', () => {
  const view = renderHook(() => useCodeScreen(true, () => undefined));
  showPage();
  expect(held).toBe(1);
  expect(hold).toHaveBeenCalledTimes(1);
  hidePage();
  expect(held).toBe(0);
  showPage();
  expect(held).toBe(1);
  view.unmount();
  expect(held).toBe(0);
});

test('nothing is held while no code is up, and the hold follows the code coming and going', () => {
  const view = renderHook(({ up }) => useCodeScreen(up, () => undefined), { initialProps: { up: false } });
  showPage();
  expect(held).toBe(0);
  view.rerender({ up: true });
  expect(held).toBe(1);
  view.rerender({ up: false });
  expect(held).toBe(0);
  showPage();
  expect(held).toBe(0);
  view.unmount();
});

test('a capture reaches the latest handler, also after the page showed again', () => {
  const first = jest.fn();
  const second = jest.fn();
  const view = renderHook(({ onCapture }) => useCodeScreen(true, onCapture), { initialProps: { onCapture: first } });
  hidePage();
  showPage();
  view.rerender({ onCapture: second });
  hold.mock.calls.at(-1)?.[0]();
  expect(first).not.toHaveBeenCalled();
  expect(second).toHaveBeenCalledTimes(1);
  view.unmount();
});
