import { createHash, generateKeyPairSync, randomBytes, webcrypto, X509Certificate } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

/**
 * X.509 for 电子印章: the region's seal issuer (a CA certificate per node region), one seal
 * certificate per enterprise seal, and the region's time-stamping authority, both signed by the
 * issuer. RSA-2048 with SHA-256: what every PDF reader verifies.
 */

export interface KeyPairPem {
  publicKeyPem: string;
  privateKeyPem: string;
}

export function generateSealKeyPair(): KeyPairPem {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}

/** A positive serial of 16 random bytes (RFC 5280 §4.1.2.2: at most 20 octets, unpredictable). */
export function newSerialHex(): string {
  const bytes = randomBytes(16);
  bytes[0] &= 0x7f;
  bytes[0] |= 0x10;
  return bytes.toString('hex');
}

export function pemToDer(pem: string): Buffer {
  return Buffer.from(pem.replace(/-----(BEGIN|END) [A-Z ]+-----/g, '').replace(/\s+/g, ''), 'base64');
}

export function derToPem(der: ArrayBuffer | Uint8Array, label = 'CERTIFICATE'): string {
  const lines = Buffer.from(der instanceof Uint8Array ? der : new Uint8Array(der)).toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

export function parseCertificate(pemOrDer: string | Uint8Array): pkijs.Certificate {
  const der = typeof pemOrDer === 'string' ? pemToDer(pemOrDer) : pemOrDer;
  return pkijs.Certificate.fromBER(new Uint8Array(der));
}

export function certificateDer(cert: pkijs.Certificate): Buffer {
  return Buffer.from(cert.toSchema().toBER(false));
}

const OID = {
  country: '2.5.4.6',
  organization: '2.5.4.10',
  commonName: '2.5.4.3',
  /** X.520 organizationIdentifier: the 统一社会信用代码. */
  organizationIdentifier: '2.5.4.97',
  basicConstraints: '2.5.29.19',
  keyUsage: '2.5.29.15',
  extKeyUsage: '2.5.29.37',
  subjectKeyIdentifier: '2.5.29.14',
  authorityKeyIdentifier: '2.5.29.35',
  timeStamping: '1.3.6.1.5.5.7.3.8',
} as const;

function distinguishedName(commonName: string, organization: string, organizationId?: string): pkijs.RelativeDistinguishedNames {
  // UTF8String: the names are Chinese, which PrintableString cannot hold.
  const values = [
    new pkijs.AttributeTypeAndValue({ type: OID.country, value: new asn1js.PrintableString({ value: 'CN' }) }),
    new pkijs.AttributeTypeAndValue({ type: OID.organization, value: new asn1js.Utf8String({ value: organization }) }),
    new pkijs.AttributeTypeAndValue({ type: OID.commonName, value: new asn1js.Utf8String({ value: commonName }) }),
  ];
  if (organizationId) values.push(new pkijs.AttributeTypeAndValue({ type: OID.organizationIdentifier, value: new asn1js.Utf8String({ value: organizationId }) }));
  return new pkijs.RelativeDistinguishedNames({ typesAndValues: values });
}

/** KeyUsage bits, most significant first (RFC 5280 §4.2.1.3), DER-trimmed of trailing zero bits. */
function keyUsage(bits: { digitalSignature?: boolean; nonRepudiation?: boolean; keyCertSign?: boolean; cRLSign?: boolean }): asn1js.BitString {
  let byte = 0;
  if (bits.digitalSignature) byte |= 0x80;
  if (bits.nonRepudiation) byte |= 0x40;
  if (bits.keyCertSign) byte |= 0x04;
  if (bits.cRLSign) byte |= 0x02;
  let unused = 0;
  while (unused < 7 && !(byte & (1 << unused))) unused += 1;
  return new asn1js.BitString({ valueHex: new Uint8Array([byte]).buffer, unusedBits: unused });
}

function extension(extnID: string, critical: boolean, value: { toBER(sizeOnly?: boolean): ArrayBuffer }): pkijs.Extension {
  return new pkijs.Extension({ extnID, critical, extnValue: value.toBER(false) });
}

/** RFC 5280 §4.2.1.2 method 1: SHA-1 of the subjectPublicKey bits. */
function keyIdentifier(spki: pkijs.PublicKeyInfo): ArrayBuffer {
  const digest = createHash('sha1').update(spki.subjectPublicKey.valueBlock.valueHexView).digest();
  return new Uint8Array(digest).buffer;
}

export async function importSigningKey(privateKeyPem: string): Promise<webcrypto.CryptoKey> {
  return webcrypto.subtle.importKey('pkcs8', pemToDer(privateKeyPem), { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['sign']);
}

interface CertificateSpec {
  subject: pkijs.RelativeDistinguishedNames;
  issuer: pkijs.Certificate | null;
  subjectPublicKeyPem: string;
  signerKeyPem: string;
  serialHex: string;
  notBefore: Date;
  notAfter: Date;
  extensions: pkijs.Extension[];
}

async function issueCertificate(spec: CertificateSpec): Promise<string> {
  const cert = new pkijs.Certificate();
  cert.version = 2;
  cert.serialNumber = new asn1js.Integer({ valueHex: new Uint8Array(Buffer.from(spec.serialHex, 'hex')).buffer });
  cert.subject = spec.subject;
  cert.issuer = spec.issuer ? spec.issuer.subject : spec.subject;
  cert.notBefore.value = spec.notBefore;
  cert.notAfter.value = spec.notAfter;
  cert.subjectPublicKeyInfo = pkijs.PublicKeyInfo.fromBER(new Uint8Array(pemToDer(spec.subjectPublicKeyPem)));
  const ski = keyIdentifier(cert.subjectPublicKeyInfo);
  const aki = spec.issuer ? keyIdentifier(spec.issuer.subjectPublicKeyInfo) : ski;
  cert.extensions = [
    ...spec.extensions,
    extension(OID.subjectKeyIdentifier, false, new asn1js.OctetString({ valueHex: ski })),
    extension(OID.authorityKeyIdentifier, false, new pkijs.AuthorityKeyIdentifier({ keyIdentifier: new asn1js.OctetString({ valueHex: aki }) }).toSchema()),
  ];
  await cert.sign(await importSigningKey(spec.signerKeyPem), 'SHA-256');
  return derToPem(certificateDer(cert));
}

export function createIssuerCertificate(input: { regionName: string; keys: KeyPairPem; now: Date; years: number }): Promise<string> {
  return issueCertificate({
    subject: distinguishedName(`${input.regionName}电子印章签发机构`, `${input.regionName}市场监督管理局`),
    issuer: null,
    subjectPublicKeyPem: input.keys.publicKeyPem,
    signerKeyPem: input.keys.privateKeyPem,
    serialHex: newSerialHex(),
    // A minute back: certificates hold whole seconds, and another node's clock may be a little behind.
    notBefore: new Date(input.now.getTime() - 60_000),
    notAfter: new Date(input.now.getTime() + input.years * 365 * 86_400_000),
    extensions: [
      extension(OID.basicConstraints, true, new pkijs.BasicConstraints({ cA: true, pathLenConstraint: 0 }).toSchema()),
      extension(OID.keyUsage, true, keyUsage({ keyCertSign: true, cRLSign: true })),
    ],
  });
}

export function createSealCertificate(input: {
  issuerCertPem: string;
  issuerKeyPem: string;
  sealPublicKeyPem: string;
  enterpriseName: string;
  creditCode: string;
  serialHex: string;
  notBefore: Date;
  notAfter: Date;
}): Promise<string> {
  return issueCertificate({
    subject: distinguishedName(`${input.enterpriseName}电子公章`, input.enterpriseName, input.creditCode),
    issuer: parseCertificate(input.issuerCertPem),
    subjectPublicKeyPem: input.sealPublicKeyPem,
    signerKeyPem: input.issuerKeyPem,
    serialHex: input.serialHex,
    notBefore: input.notBefore,
    notAfter: input.notAfter,
    extensions: [
      extension(OID.basicConstraints, true, new pkijs.BasicConstraints({ cA: false }).toSchema()),
      extension(OID.keyUsage, true, keyUsage({ digitalSignature: true, nonRepudiation: true })),
    ],
  });
}

/**
 * The region's time-stamping authority certificate: signed by the seal issuer, its only use
 * time-stamping (critical ExtendedKeyUsage, as RFC 3161 §2.3 requires of a TSA certificate).
 */
export function createTimestampCertificate(input: { regionName: string; issuerCertPem: string; issuerKeyPem: string; tsaPublicKeyPem: string; now: Date; years: number }): Promise<string> {
  return issueCertificate({
    subject: distinguishedName(`${input.regionName}电子印章时间戳服务`, `${input.regionName}市场监督管理局`),
    issuer: parseCertificate(input.issuerCertPem),
    subjectPublicKeyPem: input.tsaPublicKeyPem,
    signerKeyPem: input.issuerKeyPem,
    serialHex: newSerialHex(),
    notBefore: new Date(input.now.getTime() - 60_000),
    notAfter: new Date(input.now.getTime() + input.years * 365 * 86_400_000),
    extensions: [
      extension(OID.basicConstraints, true, new pkijs.BasicConstraints({ cA: false }).toSchema()),
      extension(OID.keyUsage, true, keyUsage({ digitalSignature: true, nonRepudiation: true })),
      extension(OID.extKeyUsage, true, new pkijs.ExtKeyUsage({ keyPurposes: [OID.timeStamping] }).toSchema()),
    ],
  });
}

/** Whether `certPem` was signed by `issuerPem`'s key and is within its validity at `at`. */
export function chainsTo(certPem: string, issuerPem: string, at: Date): boolean {
  try {
    const cert = new X509Certificate(certPem);
    const issuer = new X509Certificate(issuerPem);
    if (!cert.checkIssued(issuer) || !cert.verify(issuer.publicKey)) return false;
    return new Date(cert.validFrom) <= at && at <= new Date(cert.validTo);
  } catch {
    return false;
  }
}

/** Whether a certificate may sign time-stamp tokens: ExtendedKeyUsage is exactly id-kp-timeStamping. */
export function isTimestampCertificate(certPem: string): boolean {
  try {
    const usage = new X509Certificate(certPem).keyUsage;
    return Array.isArray(usage) && usage.length === 1 && usage[0] === OID.timeStamping;
  } catch {
    return false;
  }
}

function subjectText(cert: pkijs.Certificate, type: string): string {
  const value = cert.subject.typesAndValues.find((tv) => tv.type === type);
  return value ? String((value.value as { valueBlock: { value: string } }).valueBlock.value) : '';
}

/** The subject's common name, as UTF-8 text. */
export function commonNameOf(cert: pkijs.Certificate): string {
  return subjectText(cert, OID.commonName);
}

/** Whom a seal certificate names: the enterprise (O) and its 统一社会信用代码 (organizationIdentifier). */
export function sealHolderOf(cert: pkijs.Certificate): { enterpriseName: string; creditCode: string } {
  return { enterpriseName: subjectText(cert, OID.organization), creditCode: subjectText(cert, OID.organizationIdentifier) };
}

export function serialHexOf(cert: pkijs.Certificate): string {
  return Buffer.from(cert.serialNumber.valueBlock.valueHexView).toString('hex').replace(/^(00)+/, '');
}
