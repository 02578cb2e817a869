import { z } from 'zod';
import { IsoDateTime } from './common';

/**
 * 电子印章: issued with the 电子营业执照 when a 企业开办 is approved. The node holds the seal's key;
 * the legal representative (or an agent authorised for the enterprise's 电子证照) stamps a PDF with
 * it, which yields a PDF signature readers verify plus the visible round seal; anyone signed in can
 * check a stamped PDF.
 */

export const SealStatus = z.enum(['active', 'suspended', 'revoked']);
export type SealStatus = z.infer<typeof SealStatus>;

export const SealIdParams = z.object({ id: z.string().regex(/^seal_[A-Za-z0-9_-]{8,64}$/) });

export const SealUsage = z.object({
  id: z.string(),
  documentName: z.string(),
  documentSha256: z.string(),
  pages: z.number().int(),
  /** Masked real name of who stamped, and in what capacity. */
  stampedBy: z.string(),
  role: z.enum(['legal_representative', 'agent']),
  stampedAt: IsoDateTime,
});
export type SealUsage = z.infer<typeof SealUsage>;

export const SealSummary = z.object({
  id: z.string(),
  enterpriseName: z.string(),
  creditCode: z.string(),
  kind: z.string(),
  status: SealStatus,
  serial: z.string(),
  issuer: z.string(),
  issuedAt: IsoDateTime,
  validUntil: IsoDateTime,
  /** The caller's capacity for this seal. */
  role: z.enum(['legal_representative', 'agent']),
});
export type SealSummary = z.infer<typeof SealSummary>;

export const SealList = z.object({ items: z.array(SealSummary) });

export const SealDetail = SealSummary.extend({
  certificatePem: z.string(),
  issuerCertificatePem: z.string(),
  statusReason: z.string().nullable(),
  usage: z.array(SealUsage),
});
export type SealDetail = z.infer<typeof SealDetail>;

const UploadId = z.string().min(1).max(64);

export const StampDocumentBody = z.object({
  /** A PDF uploaded through POST /api/v1/uploads by the caller. */
  uploadId: UploadId,
  documentName: z.string().trim().min(1).max(100).optional(),
});

export const StampedDocument = z.object({
  usage: SealUsage,
  fileName: z.string(),
  pdfBase64: z.string(),
});
export type StampedDocument = z.infer<typeof StampedDocument>;

export const VerifyStampedDocumentBody = z.object({ uploadId: UploadId });

/**
 * `status_unknown`: the signature and the chain hold, but for another region's seal this node has
 * no current copy of its issuer's revocation list, so whether it is suspended cannot be said.
 */
export const SealVerdict = z.enum(['valid', 'unsigned', 'tampered', 'untrusted', 'suspended', 'revoked', 'status_unknown']);
export type SealVerdict = z.infer<typeof SealVerdict>;

export const SealVerification = z.object({
  verdict: SealVerdict,
  /** The signed bytes match the signature and the seal's key made it. */
  intact: z.boolean(),
  /** Nothing was added to the file after it was stamped. */
  coversWholeFile: z.boolean(),
  /** The signature names the certificate it was checked with (ESS signing-certificate-v2): no certificate was swapped in. */
  certificateBound: z.boolean(),
  /** The seal certificate was issued by a seal issuer this node trusts, and was valid when stamped. */
  chainValid: z.boolean(),
  status: SealStatus.nullable(),
  /** When the suspension or revocation took effect. */
  statusSince: IsoDateTime.nullable(),
  /**
   * Another region's seal: the copy of its issuer's revocation list the status comes from — when
   * the issuer signed it, until when it promised to be current (past that it is `stale`), and when
   * this node fetched it. Null for this region's seals (on record here) and when there is no copy.
   */
  statusList: z.object({ issuedAt: IsoDateTime, nextUpdate: IsoDateTime, fetchedAt: IsoDateTime, stale: z.boolean() }).nullable(),
  seal: z.object({ enterpriseName: z.string(), creditCode: z.string(), serial: z.string(), issuer: z.string() }).nullable(),
  /**
   * The RFC 3161 signature timestamp: when the region's time-stamping authority saw the signature,
   * which authority, and whether it holds (imprint over the signature, TSA key and chain).
   */
  timestamp: z.object({ time: IsoDateTime, authority: z.string(), valid: z.boolean() }).nullable(),
  /** When it was stamped: the timestamp's time, when the timestamp is valid. */
  signingTime: IsoDateTime.nullable(),
  stampedBy: z.object({ name: z.string(), role: z.enum(['legal_representative', 'agent']) }).nullable(),
});
export type SealVerification = z.infer<typeof SealVerification>;

export const SetSealStatusBody = z.object({ status: SealStatus, reason: z.string().trim().min(2).max(200) });

/**
 * What a region publishes of its seals' status: for its seal issuer in use, the issuer's X.509
 * revocation list (DER, base64), fetched by the other region's node with its peer status lists.
 */
export const SealStatusLists = z.object({
  region: z.string().regex(/^\d{6}$/),
  lists: z.array(z.object({ issuerKid: z.string(), crl: z.string() })),
});
export type SealStatusLists = z.infer<typeof SealStatusLists>;
