import { checkSigner, OID, parseSignedData, sha256, signatureValueOf, unsignedAttributeValue } from './cades';
import { locateSignature } from './pdf-stamp';
import { commonNameOf, sealHolderOf, serialHexOf } from './seal-certificates';
import { checkTimestampToken, type TimestampCheck } from './timestamp-authority';

export interface PdfSignatureCheck {
  /** The bytes the signature covers hash to its messageDigest, and the seal key signed them. */
  intact: boolean;
  /** The signature covers the whole file: nothing was appended after stamping. */
  coversWholeFile: boolean;
  /** ESS signing-certificate-v2 names the certificate the signature was checked with. */
  certificateBound: boolean;
  certificatePem: string;
  serialHex: string;
  subjectName: string;
  /** The enterprise and credit code the certificate names: all a verifier of another region knows of the seal. */
  holder: { enterpriseName: string; creditCode: string };
  /** The signature timestamp (RFC 3161), checked against the signature value; null when absent. */
  timestamp: TimestampCheck | null;
  signatureSha256: string;
}

/**
 * Reads and checks the last signature of a PDF by itself (trust and revocation are the caller's):
 * the covered bytes against the signed digest, the signature against the signer certificate, the
 * certificate against signing-certificate-v2, and the signature timestamp's imprint against the
 * signature value. Null when the file carries no PDF signature it can read.
 */
export function checkPdfSignature(pdf: Buffer): PdfSignatureCheck | null {
  const located = locateSignature(pdf);
  if (!located) return null;
  const [a, b, c, d] = located.byteRange;
  const covered = Buffer.concat([pdf.subarray(a, a + b), pdf.subarray(c, c + d)]);
  const signedData = parseSignedData(located.cms);
  const signer = signedData ? checkSigner(signedData, sha256(covered)) : null;
  if (!signer) return null;
  const token = unsignedAttributeValue(signer.signerInfo, OID.signatureTimeStampToken);
  return {
    intact: signer.intact && signer.contentType === OID.data,
    coversWholeFile: a === 0 && c + d === pdf.length,
    certificateBound: signer.certificateBound,
    certificatePem: signer.certificatePem,
    serialHex: serialHexOf(signer.certificate),
    subjectName: commonNameOf(signer.certificate),
    holder: sealHolderOf(signer.certificate),
    timestamp: token ? checkTimestampToken(token, signatureValueOf(signer.signerInfo)) : null,
    signatureSha256: sha256(located.cms).toString('hex'),
  };
}
