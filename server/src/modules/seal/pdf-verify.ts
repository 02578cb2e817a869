import { createHash } from 'node:crypto';
import forge from 'node-forge';
import { locateSignature } from './pdf-stamp';

export interface PdfSignatureCheck {
  /** The bytes the signature covers hash to its messageDigest, and the seal key signed them. */
  intact: boolean;
  /** The signature covers the whole file: nothing was appended after stamping. */
  coversWholeFile: boolean;
  certificatePem: string;
  serialHex: string;
  subjectName: string;
  signingTime: Date | null;
  signatureSha256: string;
}

function attributeValue(attr: forge.asn1.Asn1): { oid: string; value: forge.asn1.Asn1 } {
  const [oid, set] = attr.value as forge.asn1.Asn1[];
  return { oid: forge.asn1.derToOid(oid.value as string), value: (set.value as forge.asn1.Asn1[])[0] };
}

/**
 * Reads and checks the last signature of a PDF by itself (trust and revocation are the caller's):
 * the covered bytes against the signed digest, the signature against the signer certificate.
 * Null when the file carries no PDF signature.
 */
export function checkPdfSignature(pdf: Buffer): PdfSignatureCheck | null {
  const located = locateSignature(pdf);
  if (!located) return null;
  const [a, b, c, d] = located.byteRange;
  const covered = Buffer.concat([pdf.subarray(a, a + b), pdf.subarray(c, c + d)]);
  let message: forge.pkcs7.PkcsSignedData;
  try {
    message = forge.pkcs7.messageFromAsn1(forge.asn1.fromDer(forge.util.createBuffer(located.cms.toString('binary')))) as forge.pkcs7.PkcsSignedData;
  } catch {
    return null;
  }
  const raw = (message as unknown as { rawCapture: { serial: string; signature: string; authenticatedAttributes: forge.asn1.Asn1[] } }).rawCapture;
  const serialHex = forge.util.bytesToHex(raw.serial).replace(/^0+/, '');
  const certificate = message.certificates.find((cert) => cert.serialNumber.replace(/^0+/, '') === serialHex);
  if (!certificate) return null;

  let digestMatches = false;
  let signingTime: Date | null = null;
  for (const attr of raw.authenticatedAttributes) {
    const { oid, value } = attributeValue(attr);
    if (oid === forge.pki.oids.messageDigest) {
      digestMatches = Buffer.from(value.value as string, 'binary').equals(createHash('sha256').update(covered).digest());
    } else if (oid === forge.pki.oids.signingTime) {
      signingTime = value.type === forge.asn1.Type.UTCTIME ? forge.asn1.utcTimeToDate(value.value as string) : forge.asn1.generalizedTimeToDate(value.value as string);
    }
  }
  // The signature is over the DER of the signed attributes as a SET (RFC 5652 §5.4).
  const attrsDer = forge.asn1.toDer(forge.asn1.create(forge.asn1.Class.UNIVERSAL, forge.asn1.Type.SET, true, raw.authenticatedAttributes)).getBytes();
  const md = forge.md.sha256.create();
  md.update(attrsDer);
  let signatureValid = false;
  try {
    signatureValid = (certificate.publicKey as forge.pki.rsa.PublicKey).verify(md.digest().bytes(), raw.signature);
  } catch {
    signatureValid = false;
  }
  const cn = certificate.subject.getField('CN') as { value: string } | null;
  return {
    intact: digestMatches && signatureValid,
    coversWholeFile: a === 0 && c + d === pdf.length,
    certificatePem: forge.pki.certificateToPem(certificate),
    serialHex: certificate.serialNumber,
    subjectName: cn ? forge.util.decodeUtf8(cn.value) : '',
    signingTime,
    signatureSha256: createHash('sha256').update(located.cms).digest('hex'),
  };
}
