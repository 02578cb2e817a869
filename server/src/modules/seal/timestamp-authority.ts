import { randomBytes } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { buildSignedData, checkSigner, contentInfoDer, OID, parseSignedData, sha256, type SignerMaterial } from './cades';
import { commonNameOf, isTimestampCertificate } from './seal-certificates';

/**
 * The region's time-stamping authority (RFC 3161), run by the node itself: no hosted TSA may be
 * called from here. Its key and certificate (issued under the region's seal issuer, ExtendedKeyUsage
 * timeStamping) sign a TSTInfo over a SHA-256 imprint; the token is what PAdES B-T embeds.
 */

/**
 * The TSA's policy: an OID under 2.25 (ITU-T X.667), which anyone may derive from a UUID without
 * registering an arc — here 5c1e4a3e-7b1f-4f0e-9a52-51c4a7d1e0b3.
 */
export const TSA_POLICY_OID = `2.25.${BigInt('0x5c1e4a3e7b1f4f0e9a5251c4a7d1e0b3').toString()}`;

/** A time-stamp token (a ContentInfo holding SignedData over a TSTInfo) for `imprint` at `at`. */
export function issueTimestampToken(input: { tsa: SignerMaterial; imprint: Buffer; at: Date }): Buffer {
  const serial = randomBytes(16);
  serial[0] &= 0x7f;
  const tstInfo = new pkijs.TSTInfo({
    version: 1,
    policy: TSA_POLICY_OID,
    messageImprint: new pkijs.MessageImprint({
      hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 }),
      hashedMessage: new asn1js.OctetString({ valueHex: new Uint8Array(input.imprint).buffer }),
    }),
    serialNumber: new asn1js.Integer({ valueHex: new Uint8Array(serial).buffer }),
    genTime: input.at,
    // The node's clock is kept by NTP: a second either way.
    accuracy: new pkijs.Accuracy({ seconds: 1 }),
  });
  const encoded = Buffer.from(tstInfo.toSchema().toBER(false));
  const { signedData } = buildSignedData({ signer: input.tsa, contentType: OID.tstInfo, digest: sha256(encoded), encapsulated: encoded });
  return contentInfoDer(signedData);
}

export interface TimestampCheck {
  time: Date;
  /** The TSA's certificate as the token carries it, and the others it carries (for the chain). */
  tsaCertificatePem: string;
  carried: string[];
  authority: string;
  /** Signature, content digest and signing-certificate-v2 of the token hold, and its signer is a TSA. */
  tokenIntact: boolean;
  /** The TSTInfo's imprint is the SHA-256 of what was time-stamped. */
  imprintMatches: boolean;
}

/** Reads a time-stamp token and checks it against the bytes it should stamp (trust in the TSA is the caller's). */
export function checkTimestampToken(token: asn1js.AsnType, stamped: Buffer): TimestampCheck | null {
  const signedData = parseSignedData(new Uint8Array(token.toBER(false)));
  const content = signedData?.encapContentInfo;
  if (!signedData || content?.eContentType !== OID.tstInfo || !content.eContent) return null;
  const encoded = Buffer.from(content.eContent.getValue());
  let tstInfo: pkijs.TSTInfo;
  try {
    tstInfo = pkijs.TSTInfo.fromBER(encoded);
  } catch {
    return null;
  }
  const signer = checkSigner(signedData, sha256(encoded));
  if (!signer) return null;
  const imprint = tstInfo.messageImprint;
  const imprintMatches = imprint.hashAlgorithm.algorithmId === OID.sha256 && Buffer.from(imprint.hashedMessage.valueBlock.valueHexView).equals(sha256(stamped));
  return {
    time: tstInfo.genTime,
    tsaCertificatePem: signer.certificatePem,
    carried: signer.carried,
    authority: commonNameOf(signer.certificate),
    tokenIntact: signer.intact && signer.certificateBound && signer.contentType === OID.tstInfo && isTimestampCertificate(signer.certificatePem),
    imprintMatches,
  };
}
