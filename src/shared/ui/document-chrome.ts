/**
 * What the H5 page shell sets outside its own tree: Taro draws the tab bar beside the pages, not
 * inside them, so its landmark role and its 长辈版 sizes are given through the document.
 */
export function markTabBarLandmark(): void {
  if (process.env.TARO_ENV !== 'h5') return;
  // Screen readers list the tab bar among the page's landmarks; axe's `region` rule needs every
  // visible text inside one.
  document.querySelectorAll('.weui-tabbar:not([role])').forEach((el) => el.setAttribute('role', 'navigation'));
}

/** 长辈版 reaches the tab bar (ui.scss `.ui-elder-chrome`), which sits outside every `.page`. */
export function markElderChrome(elder: boolean): void {
  if (process.env.TARO_ENV !== 'h5') return;
  document.documentElement.classList.toggle('ui-elder-chrome', elder);
}
