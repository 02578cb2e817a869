/**
 * 证件照 as a verifier meets it: the seeded holder photo is a JPEG a viewer can decode, and a
 * verification says whether a photo was matched, so nothing reads as "checked" without one.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { certificateOf, demoHolder, present } from './helpers/certificates';
import { resolveCode, verifierToken } from './helpers/service-codes';
import { startTestServer, type TestServer } from './helpers/test-server';

/**
 * Walks a baseline JPEG's segments (ITU-T T.81 B.1): SOI, marker segments whose lengths chain
 * exactly, a baseline frame header (SOF0), a scan, and EOI at the very end. Returns the frame size.
 */
function jpegFrameSize(bytes: Buffer): { width: number; height: number } {
  assert.equal(bytes.readUInt16BE(0), 0xffd8, 'starts with SOI');
  let at = 2;
  let frame: { width: number; height: number } | null = null;
  for (;;) {
    assert.equal(bytes[at], 0xff, `a marker at byte ${at}`);
    const marker = bytes[at + 1];
    const length = bytes.readUInt16BE(at + 2);
    if (marker === 0xc0) frame = { height: bytes.readUInt16BE(at + 5), width: bytes.readUInt16BE(at + 7) };
    at += 2 + length;
    if (marker === 0xda) break;
  }
  assert.ok(frame, 'a baseline frame header');
  // Entropy-coded data: 0xFF is followed only by a stuffed 0x00 or a restart marker, until EOI.
  for (; at < bytes.length - 2; at += 1) {
    if (bytes[at] !== 0xff) continue;
    const next = bytes[at + 1];
    assert.ok(next === 0x00 || (next >= 0xd0 && next <= 0xd7), `no stray marker 0x${next.toString(16)} at ${at}`);
    at += 1;
  }
  assert.equal(bytes.readUInt16BE(bytes.length - 2), 0xffd9, 'ends with EOI');
  return frame;
}

let server: TestServer;
let zs: { token: string; phone: string };
let hotel: string;
let transit: string;
before(async () => {
  server = await startTestServer({ env: { RATE_LIMIT: 'off' } });
  zs = await demoHolder(server, 'zhangsan');
  hotel = await verifierToken(server, 'hotel');
  transit = await verifierToken(server, 'transit');
});
after(() => server.close());

describe('the holder photo', () => {
  test('the seeded 证件照 is a decodable baseline JPEG of ID-photo proportions, and small', async () => {
    const id = (await certificateOf(server, zs.token, 'IDCARD')).id;
    const detail = await server.call('GET', `/api/v1/me/certificates/${id}`, { token: zs.token });
    const photo = Buffer.from(detail.body.photoBase64, 'base64');
    const { width, height } = jpegFrameSize(photo);
    assert.equal(width * 4, height * 3, 'a 3:4 portrait');
    assert.ok(photo.length < 4096, `${photo.length} bytes`);
  });

  test('a hotel is told the photo matched; a transit gate, which may not see it, is told it is unavailable', async () => {
    const id = (await certificateOf(server, zs.token, 'IDCARD')).id;
    const { payload } = (await present(server, zs.token, id, { template: 'lodging' })).body;
    const atHotel = await resolveCode(server, hotel, payload);
    assert.equal(atHotel.body.certificate.photo, 'matched');
    jpegFrameSize(Buffer.from(atHotel.body.certificate.photoBase64, 'base64'));
    const atGate = await resolveCode(server, transit, payload);
    assert.equal(atGate.body.reason, 'OK');
    assert.equal(atGate.body.certificate.photo, 'unavailable');
    assert.equal(atGate.body.certificate.photoBase64, undefined);
  });

  test('a code that carries no photo says so', async () => {
    const id = (await certificateOf(server, zs.token, 'DRVLIC')).id;
    const { payload } = (await present(server, zs.token, id, { template: 'transport' })).body;
    const res = await resolveCode(server, transit, payload);
    assert.equal(res.body.reason, 'OK');
    assert.equal(res.body.certificate.photo, 'none');
  });
});
