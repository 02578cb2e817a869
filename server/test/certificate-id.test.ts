import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  buildCertificateId, hasValidMod3736Check, isValidCertificateId, mod3736CheckChar,
} from '../../types/certificate-id';
import { certificateClasses } from '../src/modules/catalog/reference/certificate-classes';
import { CERTIFICATE_FIELDS } from '../src/modules/certificate/reference/certificate-fields';
import { certificateIdFor } from '../src/modules/certificate/certificate-catalog';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Reference: ISO/IEC 7064 MOD 37,36 written from the standard's recursive formula, independently. */
function reference(body: string): string {
  let p = 36;
  for (const c of body.replaceAll('.', '')) {
    const s = (p + ALPHABET.indexOf(c)) % 36 || 36;
    p = (2 * s) % 37;
  }
  return ALPHABET[(37 - p) % 36];
}

describe('ISO 7064 MOD 37,36 check character', () => {
  test('known values of the hybrid system', () => {
    // ISAN (ISO 15706) uses the same system: ISAN 0000-0000-D07A-0090-Q-0000-0000-X.
    assert.equal(mod3736CheckChar('00000000D07A0090'), 'Q');
    assert.equal(mod3736CheckChar('00000000D07A009000000000'), 'X');
    assert.ok(hasValidMod3736Check('00000000D07A0090Q'));
    assert.equal(hasValidMod3736Check('00000000D07A0090R'), false);
    assert.equal(mod3736CheckChar('0'), reference('0'));
    for (const body of ['1', 'Z', '1215630052', 'CY001510000202400000001001']) {
      assert.equal(mod3736CheckChar(body), reference(body), body);
      assert.ok(hasValidMod3736Check(body + mod3736CheckChar(body)));
    }
  });

  test('detects every single-character substitution and adjacent transposition', () => {
    const id = certificateIdFor('DRVLIC', '510000', 2024, '12345678');
    assert.ok(isValidCertificateId(id));
    const chars = id.split('');
    for (let i = 0; i < chars.length; i += 1) {
      if (chars[i] === '.') continue;
      for (const replacement of ALPHABET) {
        if (replacement === chars[i]) continue;
        const changed = [...chars];
        changed[i] = replacement;
        assert.equal(isValidCertificateId(changed.join('')), false, `substitution at ${i}`);
      }
      const j = i + 1;
      if (j < chars.length && chars[j] !== '.' && chars[j] !== chars[i]) {
        const swapped = [...chars];
        [swapped[i], swapped[j]] = [swapped[j], swapped[i]];
        assert.equal(isValidCertificateId(swapped.join('')), false, `transposition at ${i}`);
      }
    }
  });

  test('shape: prefix, segments, length, alphabet', () => {
    const good = buildCertificateId(['CY001', '510000', '202400000001', '001']);
    assert.match(good, /^1\.2\.156\.3005\.2\.CY001\.510000\.202400000001\.001\.[0-9A-Z]$/);
    assert.ok(isValidCertificateId(good));
    assert.equal(isValidCertificateId(good.replace('3005', '3006')), false);
    assert.equal(isValidCertificateId(good.toLowerCase()), false);
    assert.equal(isValidCertificateId(`${good}.1`), false);
    assert.equal(isValidCertificateId('1.2.156.3005.2.A.B'), false);
    assert.equal(isValidCertificateId(''), false);
    assert.equal(mod3736CheckChar('AB-1'), null);
    assert.throws(() => buildCertificateId(['cy001', '510000', '1']));
  });

  test('every catalogue class has fields, a layout over them and templates; identifiers per class are valid', () => {
    assert.equal(certificateClasses.length, 40);
    for (const c of certificateClasses) {
      const spec = CERTIFICATE_FIELDS[c.code];
      assert.ok(spec, c.code);
      const keys = new Set(spec.fields.map((f) => f.key));
      assert.equal(keys.size, spec.fields.length, `${c.code}: duplicate keys`);
      for (const row of spec.layout.rows) for (const k of row) assert.ok(keys.has(k), `${c.code} layout ${k}`);
      for (const k of [...spec.lodging, ...spec.transport]) assert.ok(keys.has(k), `${c.code} template ${k}`);
      assert.ok(spec.lodging.length > 0, `${c.code} lodging`);
      assert.ok(isValidCertificateId(certificateIdFor(c.code, '500000', 2026, '00000042')));
    }
    const idcard = CERTIFICATE_FIELDS.IDCARD.fields;
    assert.deepEqual(idcard.filter((f) => f.sensitive).map((f) => f.key).sort(), ['address', 'idNumber']);
    assert.ok(CERTIFICATE_FIELDS.DRVLIC.fields.some((f) => f.key === 'vehicleClass' && f.label === '准驾车型'));
    assert.ok(CERTIFICATE_FIELDS.BIZLIC.fields.some((f) => f.key === 'creditCode'));
  });
});
