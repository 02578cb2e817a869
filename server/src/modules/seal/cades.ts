import { createHash, sign, verify, X509Certificate } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { certificateDer, derToPem, parseCertificate } from './seal-certificates';

/**
 * CMS SignedData as PAdES baseline and RFC 3161 want it (ETSI EN 319 122-1 CAdES): SHA-256,
 * signed attributes contentType, messageDigest and ESS signing-certificate-v2 (which binds the
 * signer's certificate into what is signed), no signing-time attribute (the claimed time lives in
 * the PDF signature dictionary, the trusted one in the timestamp).
 */

export const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  signatureTimeStampToken: '1.2.840.113549.1.9.16.2.14',
  tstInfo: '1.2.840.113549.1.9.16.1.4',
  sha256: '2.16.840.1.101.3.4.2.1',
  sha256WithRsa: '1.2.840.113549.1.1.11',
} as const;

export const sha256 = (data: Uint8Array | ArrayBuffer): Buffer => createHash('sha256').update(data instanceof Uint8Array ? data : new Uint8Array(data)).digest();

const buffer = (bytes: Uint8Array | Buffer): ArrayBuffer => new Uint8Array(bytes).buffer;

function attribute(type: string, value: asn1js.AsnType): pkijs.Attribute {
  return new pkijs.Attribute({ type, values: [value] });
}

/**
 * SigningCertificateV2 (RFC 5035) naming one certificate: its SHA-256 and issuer + serial. The
 * hashAlgorithm is left out, as DER requires of a field equal to its DEFAULT (SHA-256).
 */
function signingCertificateV2(cert: pkijs.Certificate): asn1js.Sequence {
  const issuerSerial = new asn1js.Sequence({
    value: [
      new asn1js.Sequence({ value: [new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: 4 }, value: [cert.issuer.toSchema()] })] }),
      new asn1js.Integer({ valueHex: buffer(cert.serialNumber.valueBlock.valueHexView) }),
    ],
  });
  const essCertIdV2 = new asn1js.Sequence({ value: [new asn1js.OctetString({ valueHex: buffer(sha256(certificateDer(cert))) }), issuerSerial] });
  return new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [essCertIdV2] })] });
}

/** DER orders a SET OF by its members' encodings (X.690 §11.6). */
function sortedForDer(attributes: pkijs.Attribute[]): pkijs.Attribute[] {
  return attributes
    .map((attr) => ({ attr, der: Buffer.from(attr.toSchema().toBER(false)) }))
    .sort((a, b) => Buffer.compare(a.der, b.der))
    .map(({ attr }) => attr);
}

/** The bytes a signer signs: the signed attributes as a SET (RFC 5652 §5.4), not as the [0] they are stored with. */
function signedAttributesDer(attrs: pkijs.SignedAndUnsignedAttributes): Buffer {
  const encoded = Buffer.from(attrs.encodedValue.byteLength ? attrs.encodedValue : attrs.toSchema().toBER(false));
  const copy = Buffer.from(encoded);
  copy[0] = 0x31;
  return copy;
}

export interface SignerMaterial {
  keyPem: string;
  certPem: string;
  /** Sent along in the CMS so a verifier can build the chain. */
  chainPems: string[];
}

/**
 * A SignedData by one signer with the three CAdES signed attributes. `content` is either detached
 * (only its digest is signed: the PDF's ByteRange) or encapsulated (a time-stamp token's TSTInfo).
 */
export function buildSignedData(input: {
  signer: SignerMaterial;
  contentType: string;
  digest: Buffer;
  encapsulated?: Buffer;
}): { signedData: pkijs.SignedData; signerInfo: pkijs.SignerInfo } {
  const cert = parseCertificate(input.signer.certPem);
  const signedAttrs = new pkijs.SignedAndUnsignedAttributes({
    type: 0,
    attributes: sortedForDer([
      attribute(OID.contentType, new asn1js.ObjectIdentifier({ value: input.contentType })),
      attribute(OID.messageDigest, new asn1js.OctetString({ valueHex: buffer(input.digest) })),
      attribute(OID.signingCertificateV2, signingCertificateV2(cert)),
    ]),
  });
  const signature = sign('sha256', signedAttributesDer(signedAttrs), input.signer.keyPem);
  const signerInfo = new pkijs.SignerInfo({
    version: 1,
    sid: new pkijs.IssuerAndSerialNumber({ issuer: cert.issuer, serialNumber: cert.serialNumber }),
    digestAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 }),
    signedAttrs,
    signatureAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256WithRsa, algorithmParams: new asn1js.Null() }),
    signature: new asn1js.OctetString({ valueHex: buffer(signature) }),
  });
  const signedData = new pkijs.SignedData({
    // Version 3 when the content is not id-data (RFC 5652 §5.1), as a TSTInfo is not.
    version: input.contentType === OID.data ? 1 : 3,
    digestAlgorithms: [new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 })],
    encapContentInfo: new pkijs.EncapsulatedContentInfo({
      eContentType: input.contentType,
      ...(input.encapsulated ? { eContent: new asn1js.OctetString({ valueHex: buffer(input.encapsulated) }) } : {}),
    }),
    certificates: [cert, ...input.signer.chainPems.map((pem) => parseCertificate(pem))],
    signerInfos: [signerInfo],
  });
  return { signedData, signerInfo };
}

export function contentInfoDer(signedData: pkijs.SignedData): Buffer {
  return Buffer.from(new pkijs.ContentInfo({ contentType: OID.signedData, content: signedData.toSchema(true) }).toSchema().toBER(false));
}

/** The signature value of a SignerInfo: what a signature timestamp's imprint is over (ETSI EN 319 122-1 §5.3). */
export function signatureValueOf(signerInfo: pkijs.SignerInfo): Buffer {
  return Buffer.from(signerInfo.signature.valueBlock.valueHexView);
}

export function addUnsignedAttribute(signerInfo: pkijs.SignerInfo, type: string, value: asn1js.AsnType): void {
  const existing = signerInfo.unsignedAttrs?.attributes ?? [];
  signerInfo.unsignedAttrs = new pkijs.SignedAndUnsignedAttributes({ type: 1, attributes: [...existing, attribute(type, value)] });
}

export function parseSignedData(der: Uint8Array): pkijs.SignedData | null {
  try {
    const info = pkijs.ContentInfo.fromBER(new Uint8Array(der));
    if (info.contentType !== OID.signedData) return null;
    return new pkijs.SignedData({ schema: info.content });
  } catch {
    return null;
  }
}

function attributeValue(attrs: pkijs.SignedAndUnsignedAttributes | undefined, type: string): asn1js.AsnType | null {
  return attrs?.attributes.find((attr) => attr.type === type)?.values[0] ?? null;
}

export interface SignerCheck {
  signerInfo: pkijs.SignerInfo;
  certificate: pkijs.Certificate;
  certificatePem: string;
  /** Every certificate the CMS carries, for building the signer's chain. */
  carried: string[];
  /** The content digest matches the signed messageDigest, and the certificate's key signed the attributes. */
  intact: boolean;
  /** signing-certificate-v2 is present and names this certificate (its SHA-256 over the DER). */
  certificateBound: boolean;
  contentType: string | null;
}

/** Checks the single signer of a SignedData against the digest of its (detached or encapsulated) content. */
export function checkSigner(signedData: pkijs.SignedData, contentDigest: Buffer): SignerCheck | null {
  const signerInfo = signedData.signerInfos[0];
  if (!signerInfo || !(signerInfo.sid instanceof pkijs.IssuerAndSerialNumber)) return null;
  const sid = signerInfo.sid;
  const certificates = (signedData.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate);
  const certificate = certificates.find((c) => c.issuer.isEqual(sid.issuer) && c.serialNumber.isEqual(sid.serialNumber));
  if (!certificate) return null;
  const der = certificateDer(certificate);
  const certificatePem = derToPem(der);

  const digest = attributeValue(signerInfo.signedAttrs, OID.messageDigest);
  const digestMatches = digest instanceof asn1js.OctetString && Buffer.from(digest.valueBlock.valueHexView).equals(contentDigest);
  let signatureValid = false;
  if (signerInfo.signedAttrs) {
    try {
      signatureValid = verify('sha256', signedAttributesDer(signerInfo.signedAttrs), new X509Certificate(der).publicKey, signatureValueOf(signerInfo));
    } catch {
      signatureValid = false;
    }
  }
  const type = attributeValue(signerInfo.signedAttrs, OID.contentType);
  return {
    signerInfo,
    certificate,
    certificatePem,
    carried: certificates.map((c) => derToPem(certificateDer(c))),
    intact: digestMatches && signatureValid,
    certificateBound: boundCertificateHash(signerInfo)?.equals(sha256(der)) ?? false,
    contentType: type instanceof asn1js.ObjectIdentifier ? type.valueBlock.toString() : null,
  };
}

/** The certHash of the first ESSCertIDv2 in signing-certificate-v2, when it uses SHA-256. */
function boundCertificateHash(signerInfo: pkijs.SignerInfo): Buffer | null {
  const value = attributeValue(signerInfo.signedAttrs, OID.signingCertificateV2);
  if (!(value instanceof asn1js.Sequence)) return null;
  const certs = value.valueBlock.value[0];
  const first = certs instanceof asn1js.Sequence ? certs.valueBlock.value[0] : null;
  if (!(first instanceof asn1js.Sequence)) return null;
  const [head, next] = first.valueBlock.value;
  // A present hashAlgorithm other than SHA-256 is one this verifier does not compute.
  if (head instanceof asn1js.Sequence) {
    const alg = new pkijs.AlgorithmIdentifier({ schema: head });
    return alg.algorithmId === OID.sha256 && next instanceof asn1js.OctetString ? Buffer.from(next.valueBlock.valueHexView) : null;
  }
  return head instanceof asn1js.OctetString ? Buffer.from(head.valueBlock.valueHexView) : null;
}

export function unsignedAttributeValue(signerInfo: pkijs.SignerInfo, type: string): asn1js.AsnType | null {
  return attributeValue(signerInfo.unsignedAttrs, type);
}
