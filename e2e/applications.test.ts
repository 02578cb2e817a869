/**
 * 高效办成一件事 in a real Chromium: fill 新生儿出生一件事 with pre-filled fields (联系电话 too) and the
 * wallet's e-certificates, reload half-way and continue, see the expected format of a number
 * typed wrong, look at and take back an uploaded photo, submit (twice, as a double tap), a staff
 * user approves each part, the user follows every part on the timeline, sees 办结 and rates it
 * (told to pick stars first when they did not).
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { newPhonePage } from './lib/browser';
import { api, assertAccessible, fill, sessionToken, settle, signInWithSms, visiblePage } from './lib/journey';
import { journeyContext } from './lib/context';

const ctx = journeyContext();

const PHOTO = path.join(__dirname, 'fixtures', 'photo.png');
const CITIZEN = '13400134000';
const STAFF = '13900000009';

async function uploadInto(page: Page, testId: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await visiblePage(page).getByTestId(testId).getByText('拍照或上传').click();
  await (await chooser).setFiles(PHOTO);
  await visiblePage(page).getByTestId(testId).getByText('已上传1个文件').waitFor();
}

async function choose(page: Page, fieldId: string, label: string): Promise<void> {
  await visiblePage(page).getByTestId(`field-${fieldId}`).getByText(label, { exact: true }).click();
}

test('新生儿出生一件事: pre-filled, resumed after a reload, submitted once, approved and rated', async () => {
  const { server, browser } = ctx;
  const page = await newPhonePage(browser);
  await signInWithSms(page, server, CITIZEN);
  const token = await sessionToken(page);
  await api(server, 'POST', '/api/v1/me/real-name', token, { name: '陈小雨', idNumber: '510104199206154569' });
  // The profile the app keeps is refreshed when a page shows; a reload picks up the verification.
  await page.goto(`${server.url}/#/packages/applications/pages/apply/index?code=YJS-0001`);
  await page.reload();
  await settle(page);

  const form = visiblePage(page);
  await form.getByTestId('bundle-members').waitFor();
  assert.equal(await form.locator('#f-applicantName input, input#f-applicantName').first().inputValue(), '陈*雨');
  assert.equal(await form.locator('#f-applicantIdNumber input').first().inputValue(), '5101**********4569');
  // 联系电话 comes from the account: the owner's own sign-in number, not typed again.
  assert.equal(await form.locator('#f-applicantPhone input').first().inputValue(), CITIZEN);
  await form.getByTestId('material-material1').getByTestId('material-from-wallet').waitFor();
  await assertAccessible(page, 'apply form');

  await fill(page, 'f-babyName', '陈安安');
  await choose(page, 'babySex', '女');
  await form.locator('#f-birthDate').fill(new Date(Date.now() - 5 * 86400_000).toISOString().slice(0, 10));
  await fill(page, 'f-birthHospital', '四川省妇幼保健院');
  await fill(page, 'f-motherName', '陈小雨');
  await form.getByTestId('save-state').getByText('已自动保存', { exact: false }).waitFor();

  // Half-way: the page is reloaded (or the app killed); nothing typed is lost.
  await page.reload();
  await settle(page);
  assert.equal(await visiblePage(page).locator('#f-babyName input').first().inputValue(), '陈安安');
  assert.equal(await visiblePage(page).locator('#f-birthHospital input').first().inputValue(), '四川省妇幼保健院');

  const resumed = visiblePage(page);
  await resumed.getByTestId('field-fatherKnown').click();
  await fill(page, 'f-fatherName', '李大川');
  // The expected format is said before typing and again with the error, not only "格式不正确".
  const { fields } = await api<{ fields: { id: string; format?: string }[] }>(server, 'GET', '/api/v1/services/YJS-0001/form');
  const expected = fields.find((f) => f.id === 'birthCertNo')?.format ?? '';
  assert.match(expected, /Q510012345/);
  const certNo = resumed.getByTestId('field-birthCertNo');
  await certNo.getByTestId('format-hint').getByText(expected, { exact: false }).waitFor();
  await fill(page, 'f-birthCertNo', 'N5101');
  await resumed.getByTestId('apply-submit').click();
  await certNo.getByTestId('field-error').getByText(`格式不正确，应为：${expected}`).waitFor();
  await fill(page, 'f-birthCertNo', 'N510123456');
  await choose(page, 'hukouWith', '随母');
  await fill(page, 'f-hukouAddress', '成都市武侯区人民南路四段1号');
  await resumed.getByTestId('field-enrolMedical').click();
  await resumed.locator('#f-insuredCity').selectOption({ index: 1 });
  await resumed.getByTestId('field-applySsCard').click();
  await resumed.getByTestId('field-applySsCard').click();
  await fill(page, 'f-vaccinationClinic', '武侯区玉林社区卫生服务中心');
  await choose(page, 'deliveryMethod', '电子证照/网上查看');
  await uploadInto(page, 'photo-cardPhoto');
  // The photo sent can be looked at, and taken back, before submitting.
  const cardPhoto = resumed.getByTestId('photo-cardPhoto');
  const shownWidth = await cardPhoto.getByTestId('uploaded-file-view').locator('img').evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth, () => 0));
  assert.ok(shownWidth > 0, 'the uploaded photo is shown');
  await cardPhoto.getByTestId('uploaded-file-remove').click();
  await cardPhoto.getByText('尚未提供').waitFor();
  assert.equal(await cardPhoto.getByTestId('uploaded-file').count(), 0);
  await uploadInto(page, 'photo-cardPhoto');
  await uploadInto(page, 'material-material2');
  await uploadInto(page, 'material-material4');

  // A double tap: one application.
  await resumed.getByTestId('apply-submit').dblclick();
  await settle(page);
  const detail = visiblePage(page);
  await detail.getByTestId('timeline').waitFor();
  await assertAccessible(page, 'application detail');
  const mine = await api<{ items: { id: string; isBundle: boolean }[] }>(server, 'GET', '/api/v1/me/applications', token);
  assert.equal(mine.items.length, 1);
  assert.equal(mine.items[0].isBundle, true);
  assert.ok((await detail.getByTestId('bundle-child').count()) >= 4, 'sub-applications at each department');

  // A staff member accepts and approves (the staff desk has its own journey).
  await api(server, 'POST', '/api/v1/auth/sms-codes', undefined, { phone: STAFF });
  const staff = await api<{ token: string }>(server, 'POST', '/api/v1/auth/sms-login', undefined, {
    phone: STAFF,
    code: await server.nextSmsCode('139****0009'),
  });
  // Each department approves its own sub-application; the 一件事 is 办结 when all are.
  const bundle = await api<{ children: { id: string; serviceName: string }[] }>(server, 'GET', `/api/v1/me/applications/${mine.items[0].id}`, token);
  for (const child of bundle.children) {
    for (const action of ['accept', 'approve']) {
      await api(server, 'POST', `/api/v1/staff/applications/${child.id}/transitions`, staff.token, { action });
    }
  }

  await page.reload();
  await settle(page);
  const done = visiblePage(page);
  await done.getByText('已办结').first().waitFor();
  // Every part's steps show under the part's name, not only the bundle's 提交申请.
  const timeline = done.getByTestId('timeline');
  for (const child of bundle.children) {
    await timeline.getByTestId('timeline-entry').filter({ hasText: child.serviceName }).filter({ hasText: '办结' }).waitFor();
  }
  // Sending no stars says why instead of doing nothing; the comment shows how much room is left.
  await done.getByTestId('rating-form').getByText('0/500').waitFor();
  await done.getByTestId('rating-submit').click();
  await done.getByTestId('rating-need-score').waitFor();
  await done.getByTestId('star-5').click();
  await done.getByText('办事快').click();
  await done.getByTestId('rating-submit').click();
  await done.getByTestId('rating-done').waitFor();
  await assertAccessible(page, 'rated application');

  await page.goto(`${server.url}/#/packages/applications/pages/messages/index`);
  await settle(page);
  await visiblePage(page).getByTestId('message').first().waitFor();
});
