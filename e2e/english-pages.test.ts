/**
 * Every main page, the detail pages behind them and the staff desk, in English in Chromium:
 * no text reads Chinese except proper data (people's and enterprises' names, addresses, halls'
 * names and what people typed; the rule is written in e2e/lib/english.ts). The resident has an
 * application decided by a reviewer and a 12345 case answered by the hotline, so 我的办件, its
 * timeline, 消息中心 and the case pages have generated titles and messages to read.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_CERTIFICATES, DEMO_PEOPLE } from '../server/src/demo/demo-certificates';
import { DEMO_ENTERPRISES } from '../server/src/demo/demo-enterprises';
import { STAFF_MEMBERS } from '../server/src/demo/demo-staff';
import { HALLS } from '../server/src/modules/catalog/reference/halls';
import { journeyContext } from './lib/context';
import { chineseOnPage, type ProperData } from './lib/english';
import { api, sessionToken, settle, signInWithSms, visiblePage } from './lib/journey';
import { open, setPreferences, SIGNED_IN, visit, type Visit } from './lib/pages';
import type { RunningServer } from './lib/server';

const ctx = journeyContext({ RATE_LIMIT: 'off' });
const REVIEWER = '13900000009';
const HOTLINE = '13900012345';
const SERVICE = 'SB-0007';
const COMPLAINT = '地铁站出口的盲道被共享单车长期占用，视障人士无法通行';
const PLACE = '成都市锦江区春熙路地铁站C口';
const ANSWER = '您好，已通知锦江区城管部门清理盲道上的单车。';

interface FormDef {
  fields: { id: string; readOnly?: boolean }[];
  materials: { id: string; certificateClass: string | null }[];
}

const proper: ProperData = {
  names: [
    ...Object.values(DEMO_PEOPLE).map((p) => p.name),
    // Staff sign with their own names (the demo desk's accounts are named after their posts).
    ...STAFF_MEMBERS.flatMap((member) => [member.name, member.name.split('（')[0] ?? member.name]),
    ...DEMO_ENTERPRISES.map((e) => e.name),
    ...DEMO_CERTIFICATES.flatMap((c) => Object.entries(c.fields).filter(([key]) => /address/i.test(key)).map(([, value]) => value)),
    ...HALLS.flatMap((h) => [h.name, h.address, h.district]),
  ],
  typed: [COMPLAINT, PLACE, ANSWER],
};

async function sweep(page: Page, server: RunningServer, visits: Visit[], findings: string[]): Promise<void> {
  for (const target of visits) {
    await visit(page, server, target);
    const chinese = await chineseOnPage(page, proper);
    if (chinese.length) findings.push(`${target.name}:\n${chinese.map((t) => `  “${t}”`).join('\n')}`);
  }
}

async function phone(browser: Browser, server: RunningServer, number: string): Promise<{ context: BrowserContext; page: Page; token: string }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'en-GB' });
  const page = await context.newPage();
  await signInWithSms(page, server, number);
  return { context, page, token: await sessionToken(page) };
}

test('in English, every main page, the detail pages and the staff desk read in English', async () => {
  const { server, browser } = ctx;
  const person = DEMO_PEOPLE.zhangsan;
  const { context, page, token } = await phone(browser, server, person.phone);
  const reviewerPhone = await phone(browser, server, REVIEWER);
  const hotlinePhone = await phone(browser, server, HOTLINE);
  const reviewer = reviewerPhone.token;
  const hotline = hotlinePhone.token;
  await api(server, 'POST', '/api/v1/me/real-name', token, { name: person.name, idNumber: person.idNumber });

  // An application decided by the reviewer, and a 12345 complaint answered by the hotline.
  const form = await api<FormDef>(server, 'GET', `/api/v1/services/${SERVICE}/form`);
  const values: Record<string, unknown> = { insuranceKinds: ['pension', 'medical'], fromMonth: '2023-01', toMonth: '2024-12', purpose: 'housing' };
  for (const f of form.fields) if (f.readOnly) delete values[f.id];
  for (const slot of form.materials) if (slot.certificateClass === 'IDCARD') values[slot.id] = { source: 'certificate', certificateClass: 'IDCARD' };
  const application = await api<{ id: string }>(server, 'POST', '/api/v1/me/applications', token, { serviceCode: SERVICE, values }, { 'idempotency-key': `english-${Date.now()}` });
  await api(server, 'POST', `/api/v1/staff/applications/${application.id}/transitions`, reviewer, { action: 'accept' });
  await api(server, 'POST', `/api/v1/staff/applications/${application.id}/transitions`, reviewer, { action: 'approve' });
  const filed = await api<{ id: string }>(server, 'POST', '/api/v1/me/cases', token, { type: 'complaint', category: 'traffic', content: COMPLAINT, place: PLACE });
  await api(server, 'POST', `/api/v1/staff/cases/${filed.id}/replies`, hotline, { content: ANSWER });

  const findings: string[] = [];
  await setPreferences(page, server, false, 'en');
  await sweep(page, server, [
    ...SIGNED_IN,
    { name: 'application', route: `/packages/applications/pages/detail/index?id=${application.id}` },
    { name: 'case', route: `/packages/cases/pages/detail/index?id=${filed.id}` },
    { name: 'new case', route: '/packages/cases/pages/new/index' },
    { name: 'policy', route: '/packages/policies/pages/detail/index?id=HQ-SC-0001' },
    { name: 'bundle guide', route: '/packages/catalog/pages/detail/index?code=YJS-0001' },
    { name: 'bundle form', route: '/packages/applications/pages/apply/index?code=YJS-0001' },
    {
      name: 'topic list',
      route: async (p, s) => {
        await open(p, s, '/pages/services/index');
        await visiblePage(p).getByTestId('theme-grid').locator('[role="button"], [role="link"]').first().click();
        await settle(p);
      },
    },
  ], findings);
  await context.close();

  // The back office in English: the reviewer's queue and review, the hotline's cases and a case.
  for (const [staff, visits] of [
    [reviewerPhone, [
      { name: 'staff queue', route: '/packages/staff/pages/queue/index' },
      { name: 'staff review', route: `/packages/staff/pages/review/index?id=${application.id}` },
    ]],
    [hotlinePhone, [
      { name: '12345 desk', route: '/packages/staff/pages/queue/index' },
      { name: '12345 case', route: `/packages/staff/pages/case/index?id=${filed.id}` },
    ]],
  ] as const) {
    await setPreferences(staff.page, server, false, 'en');
    await sweep(staff.page, server, [...visits], findings);
    await staff.context.close();
  }

  assert.equal(findings.length, 0, `Chinese left in English:\n${findings.join('\n')}`);
});
