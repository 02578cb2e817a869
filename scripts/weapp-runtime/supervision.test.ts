/**
 * 一码监督 in the built mini-program (dist/weapp, TARO_APP_BUILD=test), against the real API: a
 * 成都锦城餐饮's legal representative binds it and shows its 企业码; a 成都 market inspector scans
 * it with wx.scanCode and records 责令整改 with a photo taken through chooseMedia; the
 * representative sees the inspection on the enterprise's code and confirms 整改 with evidence.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { TestServer } from '../../server/test/helpers/test-server';
import { enterpriseNamed } from '../../server/test/helpers/enterprises';
import { DEMO_INSPECTORS } from '../../server/src/demo/demo-inspectors';
import { actForEnterprise, Phone, photoFile, signInBySms, startApi } from './harness';

const jincheng = enterpriseNamed('成都锦城餐饮管理有限公司');
const marketInspector = DEMO_INSPECTORS.find((i) => i.id === 'sc-cd-market-inspector')!;

let server: TestServer;
const scene = photoFile('weapp-supervision-', 180);
const photo = scene.path;

before(async () => {
  server = await startApi();
});

after(async () => {
  await server.close();
  scene.remove();
});

/** The one QR the page draws (a PNG data URI), read back as a scanner would. */
function scanScreen(phone: Phone): string {
  const images = phone.images().filter((i) => String(i.attr.src ?? '').startsWith('data:image/png'));
  assert.equal(images.length, 1, `one QR on ${phone.route()}`);
  const png = PNG.sync.read(Buffer.from(String(images[0].attr.src).split(',')[1], 'base64'));
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  assert.ok(code, 'the rendered QR scans');
  return code.data;
}

function assertHealthy(phone: Phone, where: string): void {
  const { errors, consoleErrors, unknownApis } = phone.runtime;
  assert.deepEqual(errors, [], `${where}: the app threw`);
  assert.deepEqual(consoleErrors, [], `${where}: console.error`);
  assert.deepEqual(unknownApis, [], `${where}: wx APIs WeChat does not have`);
}

test('an inspector scans the 企业码 and records 责令整改; the representative sees it and confirms 整改', async () => {
  const enterprise = await Phone.open(server);
  try {
    // The representative verifies as the registry knows them, binds 锦城餐饮, acts for it, shows its 企业码.
    await signInBySms(enterprise, server, '13700700514');
    await actForEnterprise(enterprise, jincheng);
    await enterprise.goTo('/pages/code/index');
    await enterprise.tap('企业码');
    const payload = scanScreen(enterprise);
    assert.match(payload, /^GSC1:/);
    await recordOnSite(payload);

    await enterprise.goTo('/packages/supervision/pages/enterprise/index');
    assert.match(enterprise.text(), /责令整改/);
    assert.match(enterprise.text(), /待整改/);
    await enterprise.tap('市场监管 · 食品安全');
    assert.equal(enterprise.route(), 'packages/supervision/pages/detail/index');
    assert.match(enterprise.text(), /冷藏柜温度记录缺失/);
    assert.match(enterprise.text(), /执法人员（成都市市场监管）/);
    await enterprise.type('说明已采取的整改措施', '冷藏柜加装温度记录仪，每日两次记录');
    enterprise.runtime.nextMedia = [photo];
    await enterprise.tap('拍照或选图');
    await enterprise.tap('提交整改确认');
    const confirmed = enterprise.runtime.requests.find((r) => r.url.endsWith('/rectification'));
    assert.equal(confirmed?.status, 200, '整改 was confirmed');
    assert.match(enterprise.text(), /已整改/);
    assert.match(enterprise.text(), /冷藏柜加装温度记录仪/);
    assertHealthy(enterprise, 'enterprise');
  } finally {
    enterprise.close();
  }
});

/** The inspector's phone: scan the code, record 责令整改 with a photo. */
async function recordOnSite(payload: string): Promise<void> {
  const inspector = await Phone.open(server);
  try {
    await signInBySms(inspector, server, marketInspector.phone);
    await inspector.goTo('/packages/supervision/pages/inspect/index');
    assert.match(inspector.text(), /成都市市场监督管理局/);
    inspector.runtime.nextScan = payload;
    await inspector.tap('扫一扫');
    assert.equal(inspector.runtime.callsOf('scanCode').length, 1);
    assert.match(inspector.text(), new RegExp(jincheng.name));
    assert.match(inspector.text(), /近90天没有部门检查过该企业/);

    await inspector.type('双随机任务编号或投诉举报编号', 'SJ-2026-CD-0201');
    await inspector.tap('食品安全');
    await inspector.type('现场检查发现的问题', '冷藏柜温度记录缺失');
    await inspector.tap('责令整改');
    await inspector.tap('15天');
    inspector.runtime.nextMedia = [photo];
    await inspector.tap('拍照或选图');
    assert.ok(inspector.runtime.requests.some((r) => r.url === '/api/v1/uploads' && r.status < 300), 'the photo was uploaded');
    await inspector.tap('提交检查记录');
    const recorded = inspector.runtime.requests.find((r) => r.url === '/api/v1/supervision/inspections');
    assert.equal(recorded?.status, 200, 'the inspection was recorded');
    assert.match(inspector.text(), /已记录/);
    assert.match(inspector.text(), /待整改/);
    assertHealthy(inspector, 'inspector');
  } finally {
    inspector.close();
  }
}
