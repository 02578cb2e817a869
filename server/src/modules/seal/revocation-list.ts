import { createVerify, X509Certificate } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { importSigningKey, parseCertificate, pemToDer } from './seal-certificates';

/**
 * A seal issuer's revocation list: an X.509 v2 CRL (RFC 5280 §5) signed by the issuer itself.
 * Seal certificates are X.509, so their status travels in X.509's own format: each entry has the
 * time it took effect, a suspension is reason certificateHold (and leaves the list when it is
 * lifted, as RFC 5280 §5.3.1 has it), and openssl or a PDF reader reads it as it is.
 */

const OID = {
  reasonCode: '2.5.29.21',
  crlNumber: '2.5.29.20',
  authorityKeyIdentifier: '2.5.29.35',
  subjectKeyIdentifier: '2.5.29.14',
} as const;
const SHA256_WITH_RSA = '1.2.840.113549.1.1.11';
/** RFC 5280 §5.3.1 CRLReason. */
const CERTIFICATE_HOLD = 6;

export type RevokedStatus = 'suspended' | 'revoked';

export interface RevocationEntry {
  serialHex: string;
  status: RevokedStatus;
  /** When the suspension or revocation took effect. */
  at: Date;
}

export interface RevocationList {
  thisUpdate: Date;
  nextUpdate: Date;
  entries: Map<string, { status: RevokedStatus; at: Date }>;
}

const utc = (value: Date) => new pkijs.Time({ type: 0, value });

function integerFromHex(hex: string): asn1js.Integer {
  return new asn1js.Integer({ valueHex: new Uint8Array(Buffer.from(hex, 'hex')).buffer });
}

const serialOf = (integer: asn1js.Integer) => Buffer.from(integer.valueBlock.valueHexView).toString('hex').replace(/^(00)+/, '');

/** Signs the issuer's list of its suspended and revoked seals. */
export async function signRevocationList(input: {
  issuerCertPem: string;
  issuerKeyPem: string;
  entries: readonly RevocationEntry[];
  thisUpdate: Date;
  nextUpdate: Date;
}): Promise<Buffer> {
  const issuer = parseCertificate(input.issuerCertPem);
  const crl = new pkijs.CertificateRevocationList();
  crl.version = 1;
  crl.issuer = issuer.subject;
  crl.thisUpdate = utc(input.thisUpdate);
  crl.nextUpdate = utc(input.nextUpdate);
  if (input.entries.length > 0) {
    // RFC 5280 §5.1.2.6: an empty list is left out, not written as an empty SEQUENCE.
    crl.revokedCertificates = input.entries.map((entry) => new pkijs.RevokedCertificate({
      userCertificate: integerFromHex(entry.serialHex),
      revocationDate: utc(entry.at),
      crlEntryExtensions: entry.status === 'suspended'
        ? new pkijs.Extensions({
          extensions: [new pkijs.Extension({ extnID: OID.reasonCode, critical: false, extnValue: new asn1js.Enumerated({ value: CERTIFICATE_HOLD }).toBER(false) })],
        })
        : undefined,
    }));
  }
  const ski = issuer.extensions?.find((e) => e.extnID === OID.subjectKeyIdentifier);
  const skiValue = ski ? (asn1js.fromBER(ski.extnValue.valueBlock.valueHexView).result as asn1js.OctetString).valueBlock.valueHexView : null;
  crl.crlExtensions = new pkijs.Extensions({
    extensions: [
      // A monotonically increasing number (§5.2.3): the list's time in milliseconds.
      new pkijs.Extension({ extnID: OID.crlNumber, critical: false, extnValue: new asn1js.Integer({ value: input.thisUpdate.getTime() }).toBER(false) }),
      ...(skiValue
        ? [new pkijs.Extension({
          extnID: OID.authorityKeyIdentifier,
          critical: false,
          extnValue: new pkijs.AuthorityKeyIdentifier({ keyIdentifier: new asn1js.OctetString({ valueHex: skiValue.slice().buffer }) }).toSchema().toBER(false),
        })]
        : []),
    ],
  });
  await crl.sign(await importSigningKey(input.issuerKeyPem), 'SHA-256');
  return Buffer.from(crl.toSchema(false).toBER(false));
}

const isTime = (node: asn1js.AsnType | undefined): node is asn1js.UTCTime | asn1js.GeneralizedTime =>
  node instanceof asn1js.UTCTime || node instanceof asn1js.GeneralizedTime;
const childrenOf = (node: asn1js.AsnType | undefined): asn1js.AsnType[] =>
  node instanceof asn1js.Sequence || node instanceof asn1js.Constructed ? node.valueBlock.value : [];
const oidOf = (node: asn1js.AsnType | undefined) => (node instanceof asn1js.ObjectIdentifier ? node.valueBlock.toString() : '');

/** The CRLReason of an entry's extensions (a SEQUENCE of Extension), or null. */
function reasonOf(extensions: asn1js.AsnType | undefined): number | null {
  for (const ext of childrenOf(extensions)) {
    const parts = childrenOf(ext);
    if (oidOf(parts[0]) !== OID.reasonCode) continue;
    const value = parts[parts.length - 1];
    if (!(value instanceof asn1js.OctetString)) return null;
    const parsed = asn1js.fromBER(value.valueBlock.valueHexView).result;
    return parsed instanceof asn1js.Enumerated ? parsed.valueBlock.valueDec : null;
  }
  return null;
}

/**
 * Reads a list and checks that the issuer signed it: its issuer name is the certificate's subject
 * and the signature verifies with the certificate's key. Null when it does not hold. Walked with
 * asn1js rather than pkijs's CertificateRevocationList, which refuses an entry without extensions
 * (a revocation without a reason code, as RFC 5280 §5.3.1 asks for).
 */
export function readRevocationList(der: Uint8Array, issuerCertPem: string): RevocationList | null {
  const decoded = asn1js.fromBER(new Uint8Array(der));
  if (decoded.offset === -1 || decoded.offset !== der.length) return null;
  const [tbs, algorithm, signature] = childrenOf(decoded.result);
  if (!(tbs instanceof asn1js.Sequence) || !(signature instanceof asn1js.BitString)) return null;
  const fields = tbs.valueBlock.value;
  let at = fields[0] instanceof asn1js.Integer ? 1 : 0;
  // sha256WithRSAEncryption, what the issuers sign with, both outside and inside the signed part.
  if (oidOf(childrenOf(algorithm)[0]) !== SHA256_WITH_RSA || oidOf(childrenOf(fields[at])[0]) !== SHA256_WITH_RSA) return null;
  const issuerName = fields[at + 1];
  const thisUpdate = fields[at + 2];
  const nextUpdate = fields[at + 3];
  if (!isTime(thisUpdate) || !isTime(nextUpdate)) return null;
  at += 4;
  const revoked = fields[at] instanceof asn1js.Sequence ? childrenOf(fields[at]) : [];
  try {
    if (!new pkijs.RelativeDistinguishedNames({ schema: issuerName }).isEqual(parseCertificate(issuerCertPem).subject)) return null;
  } catch {
    return null;
  }
  const publicKey = new X509Certificate(pemToDer(issuerCertPem)).publicKey;
  if (!createVerify('sha256').update(tbs.valueBeforeDecodeView).verify(publicKey, signature.valueBlock.valueHexView)) return null;
  const entries = new Map<string, { status: RevokedStatus; at: Date }>();
  for (const entry of revoked) {
    const [serial, date, extensions] = childrenOf(entry);
    if (!(serial instanceof asn1js.Integer) || !isTime(date)) return null;
    entries.set(serialOf(serial), { status: reasonOf(extensions) === CERTIFICATE_HOLD ? 'suspended' : 'revoked', at: date.toDate() });
  }
  return { thisUpdate: thisUpdate.toDate(), nextUpdate: nextUpdate.toDate(), entries };
}
