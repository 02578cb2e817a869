/**
 * 12345 and the back office in a real Chromium: a resident files a complaint with a photo, the
 * 12345 seat answers it on the staff desk and the resident reads the answer; a department's
 * reviewer finds an application submitted through the API in the queue and accepts then approves
 * it, and a decision someone else took first is reported and reloaded, not lost.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { call } from '../server/test/helpers/node-client';
import { newPhonePage } from './lib/browser';
import { assertAccessible, settle, signInWithSms, visiblePage } from './lib/journey';
import { journeyContext } from './lib/context';

const ctx = journeyContext();

const CITIZEN_PHONE = '13600136001';
const HOTLINE_PHONE = '13900012345';
const REVIEWER_PHONE = '13900000009';
// The 成都 supervisor: he may act on every application of 成都 (the 绵阳 reviewer may not).
const SUPERVISOR_PHONE = '13900000005';
const APPLICANT_PHONE = '13700137002';

const masked = (phone: string) => `${phone.slice(0, 3)}****${phone.slice(-4)}`;

async function api<T = Record<string, unknown>>(
  method: string,
  url: string,
  { token, body, headers = {} }: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<T> {
  const res = await call(ctx.server, method, url, body, token, headers);
  if (res.status < 200 || res.status > 299) throw new Error(`${method} ${url} → ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as T;
}

async function apiLogin(phone: string): Promise<string> {
  await api('POST', '/api/v1/auth/sms-codes', { body: { phone } });
  const code = await ctx.server.nextSmsCode(masked(phone));
  const session = await api<{ token: string }>('POST', '/api/v1/auth/sms-login', { body: { phone, code } });
  return session.token;
}

function checkDigit(first17: string): string {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * w[i];
  return '10X98765432'[sum % 11];
}

interface FormDef {
  fields: { id: string; readOnly?: boolean; required?: boolean }[];
  materials: { id: string; certificateClass: string | null; required: boolean }[];
}

/** 职工参保缴费证明打印 (SB-0007): 即办, the ID card (an e-certificate after real-name) its only material. */
const SERVICE = 'SB-0007';
const ANSWERS: Record<string, unknown> = { insuranceKinds: ['pension', 'medical'], fromMonth: '2023-01', toMonth: '2024-12', purpose: 'housing' };

async function submitThroughApi(token: string, form: FormDef, key: string): Promise<{ id: string; number: string }> {
  const values: Record<string, unknown> = {};
  for (const field of form.fields) if (!field.readOnly && field.id in ANSWERS) values[field.id] = ANSWERS[field.id];
  for (const slot of form.materials) if (slot.certificateClass === 'IDCARD') values[slot.id] = { source: 'certificate', certificateClass: 'IDCARD' };
  return api('POST', '/api/v1/me/applications', { token, body: { serviceCode: SERVICE, values }, headers: { 'idempotency-key': key } });
}

function textarea(page: Page, id: string) {
  return visiblePage(page).locator(`#${id} textarea, textarea#${id}`).first();
}

test('a 12345 complaint is answered by the hotline and the answer reaches the resident', async () => {
  const { server, browser } = ctx;
  const citizen = await newPhonePage(browser);
  await signInWithSms(citizen, server, CITIZEN_PHONE);
  await citizen.goto(`${server.url}/#/packages/cases/pages/new/index`);
  await settle(citizen);
  await assertAccessible(citizen, '12345 new case');

  // Too short is refused on the phone.
  await visiblePage(citizen).getByTestId('category-traffic').click();
  await textarea(citizen, 'case-content').fill('太慢');
  await visiblePage(citizen).getByTestId('case-submit').click();
  await visiblePage(citizen).getByTestId('content-error').waitFor();

  const content = '地铁站出口的盲道被共享单车长期占用，视障人士无法通行';
  await textarea(citizen, 'case-content').fill(content);
  await visiblePage(citizen).locator('#case-place input').fill('成都市锦江区春熙路地铁站C口');

  const png = new PNG({ width: 8, height: 8 });
  png.data.fill(200);
  const photo = path.join(mkdtempSync(path.join(os.tmpdir(), 'tianfu-case-')), 'scene.png');
  writeFileSync(photo, PNG.sync.write(png));
  const chooser = citizen.waitForEvent('filechooser');
  await visiblePage(citizen).getByTestId('case-add-photo').click();
  await (await chooser).setFiles(photo);
  await visiblePage(citizen).getByTestId('photo-count').getByText('1/9', { exact: false }).waitFor();

  await visiblePage(citizen).getByTestId('case-submit').click();
  await settle(citizen);
  await visiblePage(citizen).getByTestId('case-content').getByText(content).waitFor();
  await visiblePage(citizen).getByText('图片：1 张').waitFor();
  const caseNumber = ((await visiblePage(citizen).getByTestId('case-summary').textContent()) ?? '').match(/12345-\d{8}-\d{6}/)?.[0];
  assert.ok(caseNumber, 'the case number is shown');
  await assertAccessible(citizen, '12345 case detail');

  // The 12345 seat answers on the staff desk (it opens on the cases it handles).
  const seat = await newPhonePage(browser);
  await signInWithSms(seat, server, HOTLINE_PHONE);
  await seat.goto(`${server.url}/#/packages/staff/pages/queue/index`);
  await settle(seat);
  // The header names the office once, with the role; the hotline has no approval queue.
  await visiblePage(seat).getByTestId('staff-identity').getByText('四川省12345政务服务便民热线 · 12345热线', { exact: true }).waitFor();
  assert.equal(await visiblePage(seat).getByRole('tab', { name: '办件审批' }).count(), 0, 'no approval desk');
  assert.equal(await visiblePage(seat).getByTestId('status-filter').count(), 0, 'no application queue');
  const row = visiblePage(seat).getByTestId('case-row').filter({ hasText: caseNumber });
  await row.waitFor();
  await assertAccessible(seat, 'staff desk, cases');
  await row.click();
  await settle(seat);
  await visiblePage(seat).getByTestId('case-content').getByText(content).waitFor();
  const answer = '您好，已通知锦江区城管部门清理盲道上的单车，并在该出口增设停放区。';
  await textarea(seat, 'case-reply').fill(answer);
  await visiblePage(seat).getByTestId('case-reply-send').click();
  await visiblePage(seat).getByTestId('case-replies').getByText(answer).waitFor();
  await visiblePage(seat).locator('[data-testid="case-status"][data-status="replied"]').waitFor();
  await assertAccessible(seat, 'staff case');

  // The resident sees the answer in the list and in the case.
  await citizen.goto(`${server.url}/#/packages/cases/pages/list/index`);
  await settle(citizen);
  const mine = visiblePage(citizen).getByTestId('case-row').filter({ hasText: caseNumber });
  await mine.getByText('已答复').waitFor();
  await assertAccessible(citizen, 'my cases');
  await mine.click();
  await settle(citizen);
  const reply = visiblePage(citizen).getByTestId('case-reply-staff');
  await reply.getByText(answer).waitFor();
  await reply.getByText('12345热线坐席').waitFor();

  // A citizen is told plainly that the staff desk is not theirs.
  await citizen.goto(`${server.url}/#/packages/staff/pages/queue/index`);
  await settle(citizen);
  await visiblePage(citizen).getByTestId('not-staff').waitFor();
});

test('a reviewer accepts and approves an application from the queue; a decision taken elsewhere first is reported', async () => {
  const { server, browser } = ctx;
  // The applicant uses the API: sign in, real-name, read the form, submit twice.
  const token = await apiLogin(APPLICANT_PHONE);
  await api('POST', '/api/v1/me/real-name', { token, body: { name: '李小蓉', idNumber: `51010719880312456${checkDigit('51010719880312456')}` } });
  const form = await api<FormDef>('GET', `/api/v1/services/${SERVICE}/form`);
  const first = await submitThroughApi(token, form, `e2e-staff-${Date.now().toString(36)}-a`);
  const second = await submitThroughApi(token, form, `e2e-staff-${Date.now().toString(36)}-b`);
  const supervisor = await apiLogin(SUPERVISOR_PHONE);

  const reviewer = await newPhonePage(browser);
  await signInWithSms(reviewer, server, REVIEWER_PHONE);
  await reviewer.goto(`${server.url}/#/packages/staff/pages/queue/index`);
  await settle(reviewer);
  await visiblePage(reviewer).getByTestId('staff-identity').getByText('成都市政务服务中心 · 审批', { exact: true }).waitFor();
  const row = visiblePage(reviewer).locator(`[data-testid="staff-application"][data-id="${first.id}"]`);
  await row.waitFor();
  await row.getByText('李*蓉', { exact: false }).waitFor();
  await assertAccessible(reviewer, 'staff queue');
  await row.click();
  await settle(reviewer);

  const values = visiblePage(reviewer).getByTestId('application-values');
  await values.getByText('电子证照：居民身份证').waitFor();
  assert.equal((await values.textContent())?.includes('housing'), false, 'option codes are shown as their labels');
  await assertAccessible(reviewer, 'staff review');

  await visiblePage(reviewer).getByTestId('action-accept').click();
  await visiblePage(reviewer).getByTestId('transition-submit').click();
  await visiblePage(reviewer).locator('[data-testid="status-badge"][data-status="accepted"]').waitFor();
  await visiblePage(reviewer).getByTestId('action-approve').click();
  await visiblePage(reviewer).getByTestId('transition-submit').click();
  await visiblePage(reviewer).locator('[data-testid="status-badge"][data-status="approved"]').waitFor();
  await visiblePage(reviewer).getByTestId('timeline').getByText('办结').waitFor();

  const seen = await api<{ status: string; timeline: { action: string }[] }>('GET', `/api/v1/me/applications/${first.id}`, { token });
  assert.equal(seen.status, 'approved');
  assert.deepEqual(seen.timeline.map((e) => e.action), ['submit', 'accept', 'approve']);

  // The supervisor accepts the second application while this reviewer has it open.
  await reviewer.goto(`${server.url}/#/packages/staff/pages/review/index?id=${second.id}`);
  await settle(reviewer);
  await visiblePage(reviewer).locator('[data-testid="status-badge"][data-status="submitted"]').waitFor();
  await api('POST', `/api/v1/staff/applications/${second.id}/transitions`, { token: supervisor, body: { action: 'accept' } });
  await visiblePage(reviewer).getByTestId('action-accept').click();
  await visiblePage(reviewer).getByTestId('transition-submit').click();
  await visiblePage(reviewer).getByTestId('transition-refused').getByText('审核中', { exact: false }).waitFor();
  await visiblePage(reviewer).locator('[data-testid="status-badge"][data-status="accepted"]').waitFor();
  await visiblePage(reviewer).getByTestId('action-approve').waitFor();

  // Rejecting needs a reason, on the page as on the server.
  await visiblePage(reviewer).getByTestId('action-reject').click();
  await visiblePage(reviewer).getByTestId('transition-submit').click();
  await visiblePage(reviewer).getByTestId('reason-error').waitFor();
});
