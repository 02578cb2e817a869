import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readRevocationList, signRevocationList } from '../src/modules/seal/revocation-list';
import { createIssuerCertificate, generateSealKeyPair } from '../src/modules/seal/seal-certificates';

const DAY = 86_400_000;

async function issuer() {
  const keys = generateSealKeyPair();
  return { keys, pem: await createIssuerCertificate({ regionName: '重庆市', keys, now: new Date(), years: 1 }) };
}

test('a seal issuer\'s revocation list reads back: revoked and suspended (certificateHold) entries, since when, and its update times', async () => {
  const { keys, pem } = await issuer();
  const thisUpdate = new Date('2026-12-03T10:00:00Z');
  const der = await signRevocationList({
    issuerCertPem: pem,
    issuerKeyPem: keys.privateKeyPem,
    entries: [
      { serialHex: '1a2b3c4d', status: 'suspended', at: new Date('2026-12-01T08:00:00Z') },
      { serialHex: '1f00aa', status: 'revoked', at: new Date('2026-12-02T09:30:00Z') },
    ],
    thisUpdate,
    nextUpdate: new Date(thisUpdate.getTime() + DAY),
  });
  const list = readRevocationList(der, pem);
  assert.ok(list);
  assert.equal(list.thisUpdate.toISOString(), '2026-12-03T10:00:00.000Z');
  assert.equal(list.nextUpdate.toISOString(), '2026-12-04T10:00:00.000Z');
  assert.deepEqual([...list.entries], [
    ['1a2b3c4d', { status: 'suspended', at: new Date('2026-12-01T08:00:00Z') }],
    ['1f00aa', { status: 'revoked', at: new Date('2026-12-02T09:30:00Z') }],
  ]);
  const empty = await signRevocationList({ issuerCertPem: pem, issuerKeyPem: keys.privateKeyPem, entries: [], thisUpdate, nextUpdate: new Date(thisUpdate.getTime() + DAY) });
  assert.equal(readRevocationList(empty, pem)?.entries.size, 0);
});

test('a list is refused when another key signed it (even an issuer of the same name), a byte changed, or it is not a CRL', async () => {
  const real = await issuer();
  const impostor = await issuer();
  const sign = (signer: { keys: { privateKeyPem: string }; pem: string }) => signRevocationList({
    issuerCertPem: signer.pem,
    issuerKeyPem: signer.keys.privateKeyPem,
    entries: [{ serialHex: '1f00aa', status: 'revoked', at: new Date() }],
    thisUpdate: new Date(),
    nextUpdate: new Date(Date.now() + DAY),
  });
  const genuine = await sign(real);
  assert.ok(readRevocationList(genuine, real.pem));
  // Same subject name, another key: says nothing about the real issuer's seals.
  assert.equal(readRevocationList(await sign(impostor), real.pem), null);
  // A revocation hidden by flipping a byte of the entry's serial.
  const changed = Buffer.from(genuine);
  changed[changed.indexOf(Buffer.from([0x1f, 0x00, 0xaa]))] ^= 1;
  assert.equal(readRevocationList(changed, real.pem), null);
  assert.equal(readRevocationList(Buffer.from('not a list'), real.pem), null);
  assert.equal(readRevocationList(Buffer.concat([genuine, Buffer.from([0])]), real.pem), null);
});
