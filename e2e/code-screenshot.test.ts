/**
 * 亮码 decodes from a full-screen screenshot on any phone: the page at 390×844 on screens of
 * 1, 2, 2.625, 2.75 and 3 device pixels per CSS pixel, read with the options of the app's own
 * "scan from image" (jsQR without the inverted pass), as a window's verifier would read it.
 * On each screen every module is a uniform square of whole device pixels with its quiet zone
 * clear, so no camera or reader meets a module one pixel narrower or a grey edge.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { citizenIdCheckChar } from '../types/identity-numbers';
import { journeyContext } from './lib/context';
import { fill, settle, signInWithSms, visiblePage } from './lib/journey';
import { qrModuleGrid } from './lib/qr';

const ctx = journeyContext();

test('the 亮码 screenshot decodes at every common pixel ratio', async () => {
  const { server, browser } = ctx;
  for (const [index, ratio] of [1, 2, 2.625, 2.75, 3].entries()) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: ratio, isMobile: true, hasTouch: true, locale: 'zh-CN' });
    const page = await context.newPage();
    await signInWithSms(page, server, `1350013510${index}`);
    const first17 = `5101041992050612${index}`;
    await page.goto(`${server.url}/#/packages/account/pages/real-name/index`);
    await settle(page);
    await fill(page, 'real-name', '王小川');
    await fill(page, 'id-number', `${first17}${citizenIdCheckChar(first17)}`);
    await visiblePage(page).getByTestId('real-name-submit').click();
    await settle(page);
    await page.goto(`${server.url}/#/pages/code/index`);
    await settle(page);
    const qr = visiblePage(page).getByTestId('code-qr');
    await qr.waitFor();
    // Stopped animations park the sheen outside the frame: the pixels are the code's own.
    const png = await page.screenshot({ animations: 'disabled' });
    const shot = PNG.sync.read(png);
    assert.equal(shot.width, Math.round(390 * ratio));
    const found = jsQR(new Uint8ClampedArray(shot.data), shot.width, shot.height, { inversionAttempts: 'dontInvert' });
    assert.match(found?.data ?? 'nothing', /^GSC1:/, `pixel ratio ${ratio}`);

    const box = await qr.boundingBox();
    assert.ok(box);
    const grid = qrModuleGrid(png, {
      x: Math.floor(box.x * ratio),
      y: Math.floor(box.y * ratio),
      width: Math.ceil(box.width * ratio),
      height: Math.ceil(box.height * ratio),
    });
    assert.ok(Number.isInteger(grid.moduleSize) && grid.moduleSize >= 1, `pixel ratio ${ratio}: module ${grid.moduleSize} device px`);
    assert.ok(Number.isInteger(grid.modules), `pixel ratio ${ratio}: ${grid.modules} modules a side`);
    assert.equal(grid.mixedModules, 0, `pixel ratio ${ratio}: modules straddling device pixels`);
    assert.equal(grid.quietZoneDarkPixels, 0, `pixel ratio ${ratio}: quiet zone`);
    await context.close();
  }
});
