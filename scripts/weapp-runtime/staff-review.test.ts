/**
 * The staff desk in the built mini-program (dist/weapp, TARO_APP_BUILD=test), against the real
 * API: the handling office's reviewer reads the applicant in full, opens a photo material (drawn
 * in the page) and a PDF material (written to the user data folder and opened with
 * wx.openDocument); the hotline's staff and a reviewer of another office are refused the
 * application and see neither the applicant nor the files, and the audit keeps each opening.
 */
import assert from 'node:assert/strict';
import { randomFillSync } from 'node:crypto';
import { after, before, test } from 'node:test';
import { PNG } from 'pngjs';
import { citizen, newKey, staff, STAFF_PHONES } from '../../server/test/helpers/applications';
import type { TestServer } from '../../server/test/helpers/test-server';
import { Phone, signInBySms, startApi } from './harness';

let server: TestServer;
before(async () => {
  server = await startApi();
});
after(async () => {
  await server.close();
});

function assertHealthy(phone: Phone, where: string): void {
  const { errors, consoleErrors, unknownApis } = phone.runtime;
  assert.deepEqual(errors, [], `${where}: the app threw`);
  assert.deepEqual(consoleErrors, [], `${where}: console.error`);
  assert.deepEqual(unknownApis, [], `${where}: wx APIs WeChat does not have`);
}

/** A phone-sized photo (noise does not compress: ~0.6 MB), larger than a setData may carry. */
const PHOTO = (() => {
  const png = new PNG({ width: 400, height: 400 });
  randomFillSync(png.data);
  return PNG.sync.write(png);
})();
const PDF_BYTES = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

/** 户口迁移 filed over the API twice: with a photo of the 户口簿 as material2, and with a PDF of it. */
async function fileMoves(): Promise<{ photoCase: string; pdfCase: string; name: string; materialName: string }> {
  const name = '王小川';
  const { token } = await citizen(server, name);
  const upload = async (file: string, contentType: string, bytes: Buffer) =>
    (await server.call('POST', '/api/v1/uploads', { token, body: { name: file, contentType, dataBase64: bytes.toString('base64') } })).body.id as string;
  const file = async (uploadId: string): Promise<string> => {
    const filed = await server.call('POST', '/api/v1/me/applications', {
      token,
      headers: { 'idempotency-key': newKey() },
      body: {
        serviceCode: 'HJ-0003',
        values: {
          moveReason: 'work', fromAddress: '成都市武侯区某某街道1号', toAddress: '成都市锦江区某某路2号', movers: 1,
          material1: { source: 'certificate', certificateClass: 'IDCARD' }, material2: { source: 'upload', uploadIds: [uploadId] },
        },
      },
    });
    assert.equal(filed.status, 200, JSON.stringify(filed.body));
    return filed.body.id as string;
  };
  const photoCase = await file(await upload('户口簿首页.png', 'image/png', PHOTO));
  const pdfCase = await file(await upload('户口簿.pdf', 'application/pdf', PDF_BYTES));
  const form = await server.call('GET', '/api/v1/services/HJ-0003/form');
  const materialName = (form.body.materials as { id: string; name: string }[]).find((m) => m.id === 'material2')!.name;
  return { photoCase, pdfCase, name, materialName };
}

test('the handling office reads the applicant in full and opens a photo and a PDF; another role and another office are refused', async () => {
  const move = await fileMoves();
  const reviewer = await Phone.open(server);
  try {
    await signInBySms(reviewer, server, STAFF_PHONES.chengduReviewer);
    await reviewer.goTo(`/packages/staff/pages/review/index?id=${move.photoCase}`);
    const page = reviewer.text();
    assert.match(page, new RegExp(`姓名${move.name}`), `the name in full, not 王*川 (requests: ${JSON.stringify(reviewer.runtime.requests.slice(-3))})`);
    assert.match(page, /身份证号51010419900101\d{3}[\dX]/, 'the ID number in full');

    await reviewer.tap(`查看${move.materialName}`);
    const shown = reviewer.images().filter((i) => String(i.attr.src ?? '').startsWith('wxfile://usr/'));
    assert.equal(shown.length, 1, 'the photo is drawn in the page');
    assert.ok(reviewer.runtime.writtenFiles.get(String(shown[0].attr.src))?.equals(PHOTO), 'the bytes the applicant sent');
    const biggest = Math.max(...reviewer.runtime.setDataLog.map((r) => r.bytes));
    assert.ok(biggest <= 256 * 1024, `a ${PHOTO.length}-byte photo stays within WeChat's setData budget (largest ${biggest} B)`);
    assert.match(reviewer.text(), /户口簿首页\.png/);

    await reviewer.goTo(`/packages/staff/pages/review/index?id=${move.pdfCase}`);
    await reviewer.tap(`查看${move.materialName}`);
    assert.equal(reviewer.runtime.openedDocuments.length, 1, 'the PDF went to WeChat’s document viewer');
    const opened = reviewer.runtime.openedDocuments[0];
    assert.equal(opened.fileType, 'pdf');
    assert.ok(reviewer.runtime.writtenFiles.get(opened.filePath)?.equals(PDF_BYTES), 'the PDF opened is the one sent');
    const openings = reviewer.runtime.requests.filter((r) => /^\/api\/v1\/staff\/applications\/[^/]+\/uploads\//.test(r.url));
    assert.deepEqual(openings.map((r) => r.status), [200, 200]);
    assertHealthy(reviewer, 'reviewer');
  } finally {
    reviewer.close();
  }

  // 12345 hotline staff are staff too, but reviewing is not their job: no applicant, no files.
  const hotline = await Phone.open(server);
  try {
    await signInBySms(hotline, server, STAFF_PHONES.hotline);
    await hotline.goTo(`/packages/staff/pages/review/index?id=${move.photoCase}`);
    assert.match(hotline.text(), /您的岗位无权办理此项业务/);
    assert.doesNotMatch(hotline.text(), new RegExp(move.name));
  } finally {
    hotline.close();
  }

  const elsewhere = await Phone.open(server);
  try {
    await signInBySms(elsewhere, server, STAFF_PHONES.mianyangReviewer);
    await elsewhere.goTo(`/packages/staff/pages/review/index?id=${move.photoCase}`);
    assert.match(elsewhere.text(), /该事项不属于您所在的办理机构/);
    assert.doesNotMatch(elsewhere.text(), new RegExp(move.name));
    assert.doesNotMatch(elsewhere.text(), new RegExp(move.materialName));
    assert.equal(elsewhere.runtime.requests.find((r) => r.url === `/api/v1/staff/applications/${move.photoCase}`)?.status, 403);
  } finally {
    elsewhere.close();
  }

  // Each opening is on the supervisor's audit desk, and so is the other office's refused attempt.
  const audit = await server.call('GET', '/api/v1/staff/audit', { token: await staff(server, 'chengduSupervisor') });
  const entries = audit.body.items as { action: string; targetId: string; refused: string | null }[];
  const opened = (id: string) => entries.filter((e) => e.targetId === id && e.action === 'material_view' && e.refused === null).length;
  assert.deepEqual([opened(move.photoCase), opened(move.pdfCase)], [1, 1], 'each opening audited');
  const about = entries.filter((e) => e.targetId === move.photoCase);
  assert.ok(about.some((e) => e.refused === 'STAFF_OFFICE_FORBIDDEN'), 'the refusal audited');
});
