/**
 * What a resident fills in, in the built mini-program (dist/weapp, TARO_APP_BUILD=test) against
 * the real API: real-name refuses each kind of mistake with its own words before sending; the
 * 一件事 form pre-fills 联系电话, names the expected format with a format error, shows an uploaded
 * photo (and takes it back), and after the app is killed and reopened draws the draft's photo from
 * the server; the 12345 box counts characters; 惠企政策 立即申报 asks for a review naming the policy.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DEMO_ENTERPRISES } from '../../server/src/demo/demo-enterprises';
import { citizenId, type TestServer } from '../../server/test/helpers/test-server';
import { actForEnterprise, builtApiBase, Phone, photoFile, renderer, sessionToken, signInBySms, startApi, WEAPP_DIR } from './harness';
import { MiniRuntime } from './mini-runtime';
import { findAll, type RenderedNode } from './wxml-render';

let server: TestServer;
const picture = photoFile('weapp-forms-', 90);

before(async () => {
  server = await startApi();
});
after(async () => {
  await server.close();
  picture.remove();
});

function assertHealthy(phone: Phone, where: string): void {
  const { errors, consoleErrors, unknownApis } = phone.runtime;
  assert.deepEqual(errors, [], `${where}: the app threw`);
  assert.deepEqual(consoleErrors, [], `${where}: console.error`);
  assert.deepEqual(unknownApis, [], `${where}: wx APIs WeChat does not have`);
}

async function api(method: string, url: string, token: string, body?: unknown): Promise<Record<string, unknown>> {
  const res = await server.call(method, url, { token, body });
  assert.ok(res.status >= 200 && res.status < 300, `${method} ${url} → ${res.status} ${res.text}`);
  return res.body;
}

function input(phone: Phone, id: string): RenderedNode {
  const found = findAll(phone.screen(), (n) => (n.tag === 'input' || n.tag === 'textarea') && n.attr.id === id);
  assert.equal(found.length, 1, `one input #${id}`);
  return found[0];
}

/** The <image>s drawing uploaded files: a local path, never a remote URL or a data URI. */
function uploadedPictures(phone: Phone): RenderedNode[] {
  return phone.images().filter((i) => String(i.attr.src ?? '').startsWith('wxfile://'));
}

test('real-name: a long name, a bad check digit, a short number and a bad date each get their own message; nothing is sent', async () => {
  const phone = await Phone.open(server);
  try {
    await signInBySms(phone, server, '13700137101');
    await phone.goTo('/packages/account/pages/real-name/index');
    const tries: Array<[string, string, RegExp]> = [
      ['张'.repeat(30), citizenId('11010119900307451'), /姓名应为2–15个字，与身份证一致/],
      ['买买提·艾力', '110101199003074518', /身份证号码末位校验码不符，请核对是否输错某一位/],
      ['买买提·艾力', '11010119900307', /身份证号码应为18位/],
      ['买买提·艾力', '11010119900230451X', /身份证号码中的出生日期（第7–14位）有误/],
    ];
    const seen = new Set<string>();
    for (const [name, idNumber, message] of tries) {
      await phone.type('与身份证一致', name);
      await phone.type('18位居民身份证号码', idNumber);
      await phone.tap('立即认证');
      const match = message.exec(phone.text());
      assert.ok(match, `${name} / ${idNumber}: ${message} in\n${phone.text().slice(0, 400)}`);
      seen.add(match[0]);
    }
    assert.equal(seen.size, tries.length, 'four different messages');
    assert.equal(phone.runtime.requests.filter((r) => r.url === '/api/v1/me/real-name').length, 0, 'nothing invalid reaches the server');

    await phone.type('18位居民身份证号码', citizenId('11010119900307451'));
    await phone.tap('立即认证');
    assert.equal(phone.runtime.requests.find((r) => r.url === '/api/v1/me/real-name')?.status, 200);
    assertHealthy(phone, 'real-name');
  } finally {
    phone.close();
  }
});

test('新生儿出生一件事: 联系电话 pre-filled, the expected format with the error, a photo shown and removable, and drawn again after a relaunch', async () => {
  const number = '13700137102';
  const phone = await Phone.open(server);
  let relaunched: Phone | null = null;
  try {
    await signInBySms(phone, server, number);
    const token = sessionToken(phone);
    await api('POST', '/api/v1/me/real-name', token, { name: '陈小雨', idNumber: citizenId('51010419920615456') });
    await phone.goTo('/packages/applications/pages/apply/index?code=YJS-0001');
    assert.equal(input(phone, 'f-applicantPhone').attr.value, number, '联系电话 is the account’s number');

    const form = (await server.call('GET', '/api/v1/services/YJS-0001/form')).body as { fields: { id: string; label: string; format?: string }[] };
    const certNo = form.fields.find((f) => f.id === 'birthCertNo')!;
    assert.ok(certNo.format, 'the form states the format');
    assert.ok(phone.text().includes(`格式：${certNo.format}`), 'said before typing');
    await phone.typeInto('f-birthCertNo', 'N5101');
    await phone.tap('提交申请');
    assert.ok(phone.text().includes(`格式不正确，应为：${certNo.format}`), `the error names the format:\n${phone.text().slice(0, 300)}`);
    assert.equal(phone.runtime.requests.filter((r) => r.url === '/api/v1/me/applications').length, 0);

    const cardPhoto = form.fields.find((f) => f.id === 'cardPhoto')!.label;
    phone.runtime.nextMedia = [picture.path];
    await phone.tapWithin(cardPhoto, '拍照或上传');
    assert.ok(phone.runtime.requests.some((r) => r.url === '/api/v1/uploads' && r.status === 200), 'uploaded');
    let pictures = uploadedPictures(phone);
    assert.equal(pictures.length, 1, 'the photo is drawn');
    await phone.tapLabel(`查看${cardPhoto} 第1份`);
    const preview = phone.runtime.callsOf('previewImage');
    assert.equal(preview.length, 1, 'tapping it opens the full-screen preview');
    await phone.tapWithin(`${cardPhoto} 第1份`, '删除');
    assert.equal(uploadedPictures(phone).length, 0, 'taken back');

    phone.runtime.nextMedia = [picture.path];
    await phone.tapWithin(cardPhoto, '拍照或上传');
    // The draft reaches the server before the app is killed.
    for (let i = 0; i < 40; i += 1) {
      const draft = await server.call('GET', '/api/v1/me/drafts/YJS-0001', { token });
      if (draft.status === 200 && Array.isArray(draft.body.values.cardPhoto) && draft.body.values.cardPhoto.length === 1) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
      await phone.runtime.settle();
    }
    const kept = new Map(phone.runtime.storage);
    phone.close();

    // Reopened: the same storage (signed in, the local draft), but the picked file's copy is gone.
    const runtime = new MiniRuntime({ distDir: WEAPP_DIR, serverUrl: server.url, builtApiBase: builtApiBase() });
    for (const [k, v] of kept) runtime.storage.set(k, v);
    relaunched = new Phone(runtime, renderer());
    await runtime.launch();
    await relaunched.goTo('/packages/applications/pages/apply/index?code=YJS-0001');
    const fetched = runtime.requests.filter((r) => /^\/api\/v1\/me\/uploads\/[^/]+\/content$/.test(r.url));
    assert.deepEqual(fetched.map((r) => r.status), [200], 'the photo came back from the server');
    pictures = relaunched.images().filter((i) => String(i.attr.src ?? '').startsWith('wxfile://usr/'));
    assert.equal(pictures.length, 1, `the restored draft draws its photo:\n${relaunched.text().slice(0, 400)}`);
    const written = runtime.writtenFiles.get(String(pictures[0].attr.src));
    assert.ok(written?.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), 'a PNG on the phone');
    assertHealthy(relaunched, 'restored draft');
  } finally {
    phone.close();
    relaunched?.close();
  }
});

test('12345: the description box counts what is typed against its limit', async () => {
  const phone = await Phone.open(server);
  try {
    await signInBySms(phone, server, '13700137103');
    await phone.goTo('/packages/cases/pages/new/index');
    assert.match(phone.text(), /0\/2000/);
    await phone.type('请描述您遇到的问题和诉求', '窗口排队时间过长，叫号系统故障');
    assert.match(phone.text(), /15\/2000/);
    assertHealthy(phone, '12345');
  } finally {
    phone.close();
  }
});

test('惠企政策: 立即申报 shows a review naming the policy and the enterprise; only 确认申报 files it', async () => {
  const enterprise = DEMO_ENTERPRISES.find((e) => e.name === '成都天府软件有限公司')!;
  const phone = await Phone.open(server);
  try {
    await signInBySms(phone, server, '13700137104');
    const token = sessionToken(phone);
    await actForEnterprise(phone, enterprise);
    await api('PUT', '/api/v1/me/enterprise-profile', token, {
      industrySection: 'I', industryDivision: '65', sizeClass: null, regionCode: '510107', foundedOn: '2015-06-18', employees: 120,
      annualRevenue: 8600, rdRatio: 9.5, tags: ['high_tech', 'tech_sme'], employsDisabled: 2, newGraduatesHired: 12, insuredEmployees: 116,
      layoffRate: 1.5, hasCreditViolations: false,
    });
    const matches = (await api('GET', '/api/v1/me/policy-matches', token)).items as { policy: { id: string; title: string; open: boolean }; verdict: string; automatic: boolean }[];
    const target = matches.find((m) => m.verdict === 'eligible' && !m.automatic && m.policy.open);
    assert.ok(target, 'an open policy to apply for');

    await phone.goTo(`/packages/policies/pages/detail/index?id=${target.policy.id}`);
    await phone.tap('立即申报');
    const review = phone.text();
    assert.ok(review.includes(`惠企政策兑现申请：${target.policy.title}`), `the review names the policy:\n${review.slice(0, 500)}`);
    assert.ok(review.includes(`${enterprise.name}（${enterprise.creditCode}）`), 'and the enterprise');
    assert.equal(phone.runtime.requests.filter((r) => r.url.endsWith(`/policies/${target.policy.id}/applications`)).length, 0, 'nothing filed yet');

    await phone.tap('确认申报');
    assert.equal(phone.runtime.requests.find((r) => r.url.endsWith(`/policies/${target.policy.id}/applications`))?.status, 200);
    const grants = (await api('GET', '/api/v1/me/policy-grants', token)).items as { policyId: string; status: string }[];
    assert.ok(grants.some((g) => g.policyId === target.policy.id && g.status === 'applied'));
    const mine = (await api('GET', '/api/v1/me/applications', token)).items as { serviceName: string }[];
    assert.ok(mine.some((a) => a.serviceName.includes(target.policy.title)), 'the case carries the policy’s name');
    assertHealthy(phone, 'policy review');
  } finally {
    phone.close();
  }
});
