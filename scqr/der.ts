/**
 * Minimal DER walker: just enough X.509 (RFC 5280 §4.1) to find the SubjectPublicKeyInfo of a
 * trust-list `x5c` certificate (scqr-v1 §4). Nothing else in the certificate is interpreted:
 * the trust list, signed by the region's anchor, is what vouches for the key.
 */
import { bytesEqual } from './bytes';
import { normalizePublicKey } from './p256';

export class DerError extends Error {}

interface Tlv {
  tag: number;
  /** Content bytes. */
  value: Uint8Array;
  /** Offset just past this element in the parent. */
  end: number;
}

function readTlv(bytes: Uint8Array, offset: number): Tlv {
  if (offset + 2 > bytes.length) throw new DerError('truncated DER');
  const tag = bytes[offset];
  if ((tag & 0x1f) === 0x1f) throw new DerError('high tag numbers are not used in X.509');
  let length = bytes[offset + 1];
  let pos = offset + 2;
  if (length & 0x80) {
    const n = length & 0x7f;
    // DER has no indefinite length (0x80); 4 length bytes are far more than a certificate needs.
    if (n === 0 || n > 4) throw new DerError('unsupported DER length');
    if (pos + n > bytes.length) throw new DerError('truncated DER');
    length = 0;
    for (let i = 0; i < n; i++) length = length * 256 + bytes[pos + i];
    pos += n;
  }
  if (length > bytes.length - pos) throw new DerError('DER length exceeds the input');
  return { tag, value: bytes.subarray(pos, pos + length), end: pos + length };
}

function children(value: Uint8Array): Tlv[] {
  const out: Tlv[] = [];
  for (let pos = 0; pos < value.length; ) {
    const tlv = readTlv(value, pos);
    out.push(tlv);
    pos = tlv.end;
  }
  return out;
}

function expect(tlv: Tlv | undefined, tag: number, what: string): Tlv {
  if (!tlv || tlv.tag !== tag) throw new DerError(`expected ${what}`);
  return tlv;
}

const SEQUENCE = 0x30;
const OID = 0x06;
const BIT_STRING = 0x03;
// 1.2.840.10045.2.1 id-ecPublicKey, 1.2.840.10045.3.1.7 prime256v1 (RFC 5480 §2.1.1).
const OID_EC_PUBLIC_KEY = Uint8Array.from([0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01]);
const OID_P256 = Uint8Array.from([0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07]);
// 1.2.840.113549.1.1.1 rsaEncryption, 1.2.840.113549.1.1.10 RSASSA-PSS (RFC 4055).
const OID_RSA = Uint8Array.from([0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01]);
const OID_RSA_PSS = Uint8Array.from([0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0a]);

/** What a certificate's key can be used for here: P-256 verifies ES256; RSA is only recognised. */
export type CertificateKey = { type: 'P-256'; publicKey: Uint8Array } | { type: 'RSA' } | { type: 'other' };

export function certificatePublicKey(der: Uint8Array): CertificateKey {
  const certificate = expect(readTlv(der, 0), SEQUENCE, 'Certificate SEQUENCE');
  const tbs = children(expect(children(certificate.value)[0], SEQUENCE, 'TBSCertificate').value);
  // version [0] EXPLICIT is optional; then serialNumber, signature, issuer, validity, subject, SPKI.
  const spkiIndex = tbs[0]?.tag === 0xa0 ? 6 : 5;
  return subjectPublicKeyInfoKey(expect(tbs[spkiIndex], SEQUENCE, 'SubjectPublicKeyInfo').value);
}

function subjectPublicKeyInfoKey(spki: Uint8Array): CertificateKey {
  const [algorithm, bits] = children(spki);
  const [oid, params] = children(expect(algorithm, SEQUENCE, 'AlgorithmIdentifier').value);
  const algOid = expect(oid, OID, 'algorithm OID').value;
  if (bytesEqual(algOid, OID_RSA) || bytesEqual(algOid, OID_RSA_PSS)) return { type: 'RSA' };
  if (!bytesEqual(algOid, OID_EC_PUBLIC_KEY)) return { type: 'other' };
  if (!params || params.tag !== OID || !bytesEqual(params.value, OID_P256)) return { type: 'other' };
  const bitString = expect(bits, BIT_STRING, 'subjectPublicKey BIT STRING').value;
  if (bitString[0] !== 0) throw new DerError('public key BIT STRING with unused bits');
  try {
    return { type: 'P-256', publicKey: normalizePublicKey(bitString.subarray(1)) };
  } catch {
    throw new DerError('certificate public key is not a P-256 point');
  }
}
