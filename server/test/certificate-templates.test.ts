import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DEMO_PEOPLE, demoHolder, ecpBody, present, wallet } from './helpers/certificates';
import { type Json, type TestServer, startTestServer } from './helpers/test-server';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(async () => {
  await server.close();
});

/**
 * The app builds offline 亮证 codes itself from the class catalogue's template lists; they must be
 * what the node discloses online for the same template, class by class.
 */
test('the catalogue’s 住宿/交通 lists are exactly what an online presentation discloses', async () => {
  const who = Object.keys(DEMO_PEOPLE)[0] as keyof typeof DEMO_PEOPLE;
  const holder = await demoHolder(server, who);
  const classes = (await server.call('GET', '/api/v1/certificate-classes')).body.items as Json[];
  const held = await wallet(server, holder.token);
  assert.ok(held.length >= 3, 'the demo resident holds several classes');
  for (const cert of held) {
    const info = classes.find((c) => c.code === cert.classCode);
    const detail = (await server.call('GET', `/api/v1/me/certificates/${cert.id}`, { token: holder.token })).body;
    assert.deepEqual(detail.templates, info.templates, `${cert.classCode}: detail and catalogue agree`);
    for (const template of ['lodging', 'transport'] as const) {
      const shown = (await present(server, holder.token, cert.id, { template })).body;
      const disclosed = Object.keys(ecpBody(shown.payload).f as object).sort();
      const withValues = info.templates[template].filter((k: string) => disclosed.includes(k)).sort();
      assert.deepEqual(disclosed, withValues, `${cert.classCode} ${template}: nothing beyond the catalogue's list`);
    }
  }
});
