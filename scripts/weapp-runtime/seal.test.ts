/**
 * 电子印章 in the built mini-program (dist/weapp, TARO_APP_BUILD=test), against the real API: the
 * founder of a newly approved enterprise finds its seal on the seal page, stamps a PDF picked from
 * a chat (wx.chooseMessageFile), saves the stamped file (written to the user data folder and opened
 * with wx.openDocument), and the verifier accepts that file and names who stamped it — and refuses
 * it once a byte has changed.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { staff } from '../../server/test/helpers/applications';
import { openApprovedEnterprise } from '../../server/test/helpers/enterprise-opening';
import { citizenId, type TestServer } from '../../server/test/helpers/test-server';
import { Phone, sessionToken, signInBySms, startApi } from './harness';

const FOUNDER_PHONE = '13600136082';
const COMPANY = '成都印章小程序科技有限公司';

let server: TestServer;
let dir: string;
before(async () => {
  server = await startApi();
  dir = mkdtempSync(path.join(os.tmpdir(), 'weapp-seal-'));
});
after(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

function assertHealthy(phone: Phone, where: string): void {
  const { errors, consoleErrors, unknownApis } = phone.runtime;
  assert.deepEqual(errors, [], `${where}: the app threw`);
  assert.deepEqual(consoleErrors, [], `${where}: console.error`);
  assert.deepEqual(unknownApis, [], `${where}: wx APIs WeChat does not have`);
}

/** A one-page PDF as it would arrive in a chat. */
async function agreementPdf(): Promise<string> {
  const doc = await PDFDocument.create();
  doc.addPage([595, 842]).drawText('Service agreement', { x: 60, y: 760, size: 20, font: await doc.embedFont(StandardFonts.Helvetica) });
  const file = path.join(dir, 'agreement.pdf');
  writeFileSync(file, await doc.save());
  return file;
}

test('the founder stamps a PDF with the new enterprise’s seal, saves it, and the verifier names who stamped it', async () => {
  const phone = await Phone.open(server);
  try {
    await signInBySms(phone, server, FOUNDER_PHONE);
    await openApprovedEnterprise({
      baseUrl: server.url,
      founderToken: sessionToken(phone),
      founder: { name: '林印章', idNumber: citizenId('51010719850612321') },
      company: COMPANY,
      reviewerToken: await staff(server, 'chengduReviewer'),
    });

    await phone.goTo('/packages/seal/pages/list/index');
    assert.match(phone.text(), new RegExp(`${COMPANY}.*电子公章 · 正常 · 法定代表人`));
    await phone.tap(COMPANY);
    assert.equal(phone.route(), 'packages/seal/pages/detail/index');
    assert.match(phone.text(), /暂无用印记录/);

    phone.runtime.nextMessageFiles = [await agreementPdf()];
    await phone.tap('选择PDF文件盖章');
    const [choice] = phone.runtime.callsOf('chooseMessageFile');
    assert.deepEqual(JSON.parse(JSON.stringify(choice.args[0])), { count: 1, type: 'file', extension: ['pdf'] });
    const stamped = phone.runtime.requests.find((r) => /^\/api\/v1\/me\/seals\/[^/]+\/stamps$/.test(r.url));
    assert.equal(stamped?.status, 200, 'the PDF was stamped');
    assert.match(phone.text(), /已盖章：agreement（已盖章）\.pdf/);
    assert.match(phone.text(), /用印记录agreement\.pdf林\*章（法定代表人）/);

    await phone.tap('保存盖章文件');
    assert.equal(phone.runtime.openedDocuments.length, 1, 'the stamped file was opened');
    const opened = phone.runtime.openedDocuments[0];
    assert.deepEqual(opened, { filePath: 'wxfile://usr/agreement（已盖章）.pdf', fileType: 'pdf', showMenu: true });
    const pdf = phone.runtime.writtenFiles.get(opened.filePath);
    assert.ok(pdf, 'the stamped file was written where it was opened from');
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    assert.match(pdf.toString('latin1'), /\/SubFilter\s*\/ETSI\.CAdES\.detached/);
    assertHealthy(phone, 'stamping');

    // The stamped file comes back through a chat, as a recipient would receive it.
    const received = path.join(dir, 'received.pdf');
    writeFileSync(received, pdf);
    await phone.goTo('/packages/seal/pages/verify/index');
    phone.runtime.nextMessageFiles = [received];
    await phone.tap('选择PDF文件验证');
    const verdict = phone.text();
    assert.match(verdict, /验证通过：文件盖章后未被修改，印章有效/);
    assert.match(verdict, new RegExp(`用印单位：${COMPANY}`));
    assert.match(verdict, /盖章人：林\*章（法定代表人）/);
    assert.match(verdict, /盖章时间：/);
    assert.match(verdict, /时间由四川省电子印章时间戳服务签发的可信时间戳证明/);

    const changed = Buffer.from(pdf);
    changed[150] ^= 1;
    const changedPath = path.join(dir, 'changed.pdf');
    writeFileSync(changedPath, changed);
    phone.runtime.nextMessageFiles = [changedPath];
    await phone.tap('选择PDF文件验证');
    assert.match(phone.text(), /验证失败：文件在盖章后被修改/);
    assert.doesNotMatch(phone.text(), /验证通过/);
    assertHealthy(phone, 'verifying');
  } finally {
    phone.close();
  }
});
