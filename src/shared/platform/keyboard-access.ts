/**
 * Taro's H5 router scrolls each page inside its own container; keyboard users can only scroll a
 * container that can take focus (WCAG 2.1.1), so each page container is made focusable.
 */
export function makePageContainersFocusable(): void {
  if (process.env.TARO_ENV !== 'h5') return;
  document.querySelectorAll('.taro_page:not([tabindex])').forEach((el) => el.setAttribute('tabindex', '0'));
}
