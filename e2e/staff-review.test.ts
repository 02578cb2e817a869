/**
 * The staff desk can do its job in a real Chromium: the officer of the handling office sees the
 * applicant in full, opens each cited file (the photo shows in the page), reads the 一件事 facts
 * a department needs (出生医学证明编号, 证件照), and the supervisor's audit shows every opening and
 * marks a refused probe from another office as refused.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PNG } from 'pngjs';
import { call } from '../server/test/helpers/node-client';
import { newPhonePage } from './lib/browser';
import { assertAccessible, settle, signInWithSms, visiblePage } from './lib/journey';
import { journeyContext } from './lib/context';

const ctx = journeyContext();

const APPLICANT_PHONE = '13700137011';
const REVIEWER_PHONE = '13900000009'; // 成都市政务服务中心, a 综合窗口
const MIANYANG_REVIEWER_PHONE = '13900000008';
const SUPERVISOR_PHONE = '13900000005'; // 成都

const masked = (phone: string) => `${phone.slice(0, 3)}****${phone.slice(-4)}`;

async function api<T = Record<string, unknown>>(method: string, url: string, token?: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  const res = await call(ctx.server, method, url, body, token, headers);
  if (res.status < 200 || res.status > 299) throw new Error(`${method} ${url} → ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as T;
}

async function apiLogin(phone: string): Promise<string> {
  await api('POST', '/api/v1/auth/sms-codes', undefined, { phone });
  const code = await ctx.server.nextSmsCode(masked(phone));
  return (await api<{ token: string }>('POST', '/api/v1/auth/sms-login', undefined, { phone, code })).token;
}

function citizenId(first17: string): string {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * w[i];
  return first17 + '10X98765432'[sum % 11];
}

/** A real, decodable photo: the review must draw it, not only name it. */
function photoBase64(): string {
  const png = new PNG({ width: 24, height: 32 });
  for (let i = 0; i < png.data.length; i += 4) png.data.set([30, 90, 200, 255], i);
  return PNG.sync.write(png).toString('base64');
}

let keys = 0;
async function submit(token: string, serviceCode: string, values: Record<string, unknown>) {
  keys += 1;
  return api<{ id: string; children: { id: string; serviceCode: string }[] }>('POST', '/api/v1/me/applications', token, { serviceCode, values }, {
    'idempotency-key': `e2e-staff-review-${Date.now().toString(36)}-${keys}`,
  });
}

const chinaToday = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

test('the handling officer sees the applicant, opens the materials and the 一件事 facts; the audit records it, refusals marked', async () => {
  const { server, browser } = ctx;
  const idNumber = citizenId('51010419900101123');
  const token = await apiLogin(APPLICANT_PHONE);
  await api('POST', '/api/v1/me/real-name', token, { name: '王小川', idNumber });
  const upload = async (name: string) => (await api<{ id: string }>('POST', '/api/v1/uploads', token, { name, contentType: 'image/png', dataBase64: photoBase64() })).id;
  const hukouBook = await upload('户口簿.png');
  const move = await submit(token, 'HJ-0003', {
    moveReason: 'work', fromAddress: '成都市武侯区某某街道1号', toAddress: '成都市锦江区某某路2号', movers: 1,
    material1: { source: 'certificate', certificateClass: 'IDCARD' }, material2: { source: 'upload', uploadIds: [hukouBook] },
  });
  const cardPhoto = await upload('证件照.png');
  const bundle = await submit(token, 'YJS-0001', {
    babyName: '王小宝', babySex: 'female', birthDate: chinaToday(), birthHospital: '四川省妇幼保健院', motherName: '李四',
    hukouWith: 'mother', hukouAddress: '成都市武侯区某某街道1号', vaccinationClinic: '武侯区社区卫生服务中心', deliveryMethod: 'electronic',
    birthCertNo: 'Q510012345', cardPhoto: [cardPhoto], applySsCard: true, cardBank: 'icbc',
    material1: { source: 'certificate', certificateClass: 'IDCARD' },
    material2: { source: 'upload', uploadIds: [cardPhoto] }, material4: { source: 'upload', uploadIds: [cardPhoto] },
  });

  const reviewer = await newPhonePage(browser);
  await signInWithSms(reviewer, server, REVIEWER_PHONE);
  await reviewer.goto(`${server.url}/#/packages/staff/pages/review/index?id=${move.id}`);
  await settle(reviewer);
  const page = () => visiblePage(reviewer);
  // Checking the applicant against the papers is the job: the office's reviewer reads them in full.
  await page().getByTestId('applicant-name').getByText('王小川', { exact: true }).waitFor();
  await page().getByTestId('applicant-id').getByText(idNumber, { exact: true }).waitFor();
  const material = page().getByTestId('value-material2');
  await material.getByTestId('open-material').click();
  const shown = material.getByTestId('material-shown');
  await shown.waitFor();
  await shown.getByText('户口簿.png').waitFor();
  const drawn = await shown.locator('img').evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth, () => 0));
  assert.equal(drawn, 24, 'the photo itself is on screen, not a name for it');
  await assertAccessible(reviewer, 'staff review with a material open');

  // The parts of a 一件事 carry the facts their department checks.
  const part = (code: string) => bundle.children.find((c) => c.serviceCode === code)?.id;
  await reviewer.goto(`${server.url}/#/packages/staff/pages/review/index?id=${part('HJ-0004')}`);
  await settle(reviewer);
  await page().getByTestId('value-birthCertNo').getByText('Q510012345').waitFor();
  await reviewer.goto(`${server.url}/#/packages/staff/pages/review/index?id=${part('SB-0001')}`);
  await settle(reviewer);
  const photoRow = page().getByTestId('value-cardPhoto');
  await photoRow.getByTestId('open-material').click();
  await photoRow.getByTestId('material-shown').getByText('证件照.png').waitFor();

  // Another office probing the file is refused, and the supervisor sees both on the audit desk.
  const elsewhere = await call(server, 'GET', `/api/v1/staff/applications/${move.id}/uploads/${hukouBook}`, undefined, await apiLogin(MIANYANG_REVIEWER_PHONE));
  assert.equal(elsewhere.status, 403);
  const supervisor = await newPhonePage(browser);
  await signInWithSms(supervisor, server, SUPERVISOR_PHONE);
  await supervisor.goto(`${server.url}/#/packages/staff/pages/queue/index`);
  await settle(supervisor);
  await visiblePage(supervisor).getByText('操作审计', { exact: true }).click();
  const entries = visiblePage(supervisor).getByTestId('audit-entry').filter({ hasText: move.id }).filter({ hasText: '查看申请材料' });
  await entries.filter({ hasText: '已拒绝：非本单位办件' }).waitFor();
  const flags = await entries.evaluateAll((els) => els.map((el) => el.getAttribute('data-refused')));
  assert.ok(flags.includes(null), 'the officer\'s own opening reads as done');
  assert.ok(flags.includes('STAFF_OFFICE_FORBIDDEN'), 'the probe reads as refused');
  await assertAccessible(supervisor, 'staff audit');
});
