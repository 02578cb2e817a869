import { generateKeyPairSync, randomBytes } from 'node:crypto';
import forge from 'node-forge';

/**
 * X.509 for 电子印章: the region's seal issuer (a CA certificate per node region) and one seal
 * certificate per enterprise seal, signed by it. RSA-2048 with SHA-256: what every PDF reader
 * verifies, and what node-forge can sign CMS with (it has no ECDSA).
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

type Attribute = { name?: string; shortName?: string; type?: string; value: string; valueTagClass?: number };

const UTF8 = forge.asn1.Type.UTF8;

function names(commonName: string, organization: string, extra: Attribute[] = []): Attribute[] {
  // UTF8String: the names are Chinese; forge's default PrintableString cannot hold them (forge encodes the value).
  return [
    { shortName: 'C', value: 'CN' },
    { shortName: 'O', value: organization, valueTagClass: UTF8 },
    { shortName: 'CN', value: commonName, valueTagClass: UTF8 },
    ...extra,
  ];
}

export function createIssuerCertificate(input: { regionName: string; keys: KeyPairPem; now: Date; years: number }): string {
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(input.keys.publicKeyPem);
  cert.serialNumber = newSerialHex();
  // A minute back: certificates hold whole seconds, and another node's clock may be a little behind.
  cert.validity.notBefore = new Date(input.now.getTime() - 60_000);
  cert.validity.notAfter = new Date(input.now.getTime() + input.years * 365 * 86_400_000);
  const subject = names(`${input.regionName}电子印章签发机构`, `${input.regionName}市场监督管理局`);
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.setExtensions([
    { name: 'basicConstraints', cA: true, pathLenConstraint: 0, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(forge.pki.privateKeyFromPem(input.keys.privateKeyPem), forge.md.sha256.create());
  return forge.pki.certificateToPem(cert);
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
}): string {
  const issuer = forge.pki.certificateFromPem(input.issuerCertPem);
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(input.sealPublicKeyPem);
  cert.serialNumber = input.serialHex;
  cert.validity.notBefore = input.notBefore;
  cert.validity.notAfter = input.notAfter;
  // 统一社会信用代码 as the organization identifier (X.520 organizationIdentifier, 2.5.4.97).
  cert.setSubject(names(`${input.enterpriseName}电子公章`, input.enterpriseName, [{ type: '2.5.4.97', value: input.creditCode }]));
  // Parsed names hold UTF-8 bytes, and setIssuer encodes again: decode them first.
  cert.setIssuer(
    issuer.subject.attributes.map((a) => ({ ...a, value: (a.valueTagClass as number | undefined) === UTF8 ? forge.util.decodeUtf8(a.value as string) : a.value })),
  );
  cert.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(forge.pki.privateKeyFromPem(input.issuerKeyPem), forge.md.sha256.create());
  return forge.pki.certificateToPem(cert);
}

/** Whether `certPem` was signed by `issuerPem`'s key and is within its validity at `at`. */
export function chainsTo(certPem: string, issuerPem: string, at: Date): boolean {
  try {
    const cert = forge.pki.certificateFromPem(certPem);
    const issuer = forge.pki.certificateFromPem(issuerPem);
    if (!issuer.verify(cert)) return false;
    return cert.validity.notBefore <= at && at <= cert.validity.notAfter;
  } catch {
    return false;
  }
}
