import type { Page } from 'playwright-core';
import { DEMO_ENTERPRISES } from '../../server/src/demo/demo-enterprises';
import { fill, settle, signInWithSms, visiblePage } from './journey';
import type { RunningServer } from './server';

export const JINCHENG = DEMO_ENTERPRISES.find((e) => e.name === '成都锦城餐饮管理有限公司')!;

/**
 * Signs in as 锦城餐饮's legal representative, verifies their real name and binds the enterprise
 * through the real pages; `act` then also chooses to act for it (法人 mode) on 我的企业.
 */
export async function bindJincheng(page: Page, server: RunningServer, phone: string, act: boolean): Promise<void> {
  await signInWithSms(page, server, phone);
  await page.goto(`${server.url}/#/packages/account/pages/real-name/index`);
  await settle(page);
  await fill(page, 'real-name', JINCHENG.legalRepresentative);
  await fill(page, 'id-number', JINCHENG.legalRepresentativeIdNumber);
  await visiblePage(page).getByTestId('real-name-submit').click();
  await settle(page);
  await page.goto(`${server.url}/#/packages/account/pages/enterprises/index`);
  await settle(page);
  await fill(page, 'credit-code', JINCHENG.creditCode);
  await visiblePage(page).getByTestId('bind-enterprise').click();
  await visiblePage(page).getByText('法定代表人').first().waitFor();
  if (act) {
    await visiblePage(page).getByTestId('act-as').click();
    await visiblePage(page).getByTestId('acting-as').getByText(JINCHENG.name).waitFor();
  }
}
