import { z } from 'zod';
import { IsoDateTime } from './common';
import { Region } from './identity';

/** A payload as scanned: `GSC1:…`, `ECP1:…` (or anything a camera reads); bounded, never parsed here. */
export const QrPayload = z.string().trim().min(1).max(4096);

/** scqr-v1 §7 reasons, in the order a verifier checks them. */
export const VerificationReason = z.enum([
  'TRUST_LIST_STALE', 'PREFIX', 'BASE45', 'ZLIB', 'CBOR', 'COSE', 'ALG_UNSUPPORTED', 'KID_UNKNOWN',
  'SIGNATURE', 'CWT', 'NOT_YET_VALID', 'EXPIRED', 'WRONG_PURPOSE', 'DIGEST_MISMATCH', 'REVOKED', 'USED', 'OK',
]);
export type VerificationReason = z.infer<typeof VerificationReason>;

// ---- trust ----

export const TrustListsResponse = z.object({
  /** This node's own list and the peer region's list it last fetched, each a compact JWS. */
  lists: z.array(z.object({ region: Region, jws: z.string(), fetchedAt: IsoDateTime })),
});
export type TrustListsResponse = z.infer<typeof TrustListsResponse>;

export const EcJwk = z.object({ kty: z.literal('EC'), crv: z.literal('P-256'), x: z.string(), y: z.string() });

/**
 * The anchors this node pins. A production app pins them at build time (TRUST_ANCHORS); a
 * development build, whose anchors are generated on the node's first start, takes them from its
 * own node once and keeps them.
 */
export const TrustAnchorsResponse = z.object({ anchors: z.array(z.object({ region: Region, jwk: EcJwk })) });
export type TrustAnchorsResponse = z.infer<typeof TrustAnchorsResponse>;

// ---- 政务服务码 / 企业码 ----

export const CodeHolderKind = z.enum(['person', 'enterprise']);
export type CodeHolderKind = z.infer<typeof CodeHolderKind>;

export const IssueServiceCodesBody = z.object({
  kind: CodeHolderKind,
  /** How many consecutive 60 s windows to sign in advance (scqr-v1 §2: at most 30). */
  count: z.number().int().min(1).max(30).default(30),
});

export const SignedCode = z.object({ iat: z.number().int(), exp: z.number().int(), payload: z.string() });
export type SignedCode = z.infer<typeof SignedCode>;

export const EnterpriseCodeInfo = z.object({
  name: z.string(),
  creditCode: z.string(),
  /** 纳税信用等级 / 公共信用综合评价 as the registry gives it, e.g. "A". */
  creditRating: z.string(),
  licences: z.array(z.string()),
});

export const ServiceCodeBatch = z.object({
  kind: CodeHolderKind,
  region: Region,
  /** What the holder's screen shows under the code: masked for a person. */
  holder: z.object({ name: z.string(), idNumber: z.string() }),
  enterprise: EnterpriseCodeInfo.nullable(),
  codes: z.array(SignedCode),
});
export type ServiceCodeBatch = z.infer<typeof ServiceCodeBatch>;

// ---- verifiers (scqr-v1 §5) ----

export const VerifierKind = z.enum(['window', 'hotel', 'transit']);
export type VerifierKind = z.infer<typeof VerifierKind>;

/** What a registered verifier may read on online resolution. */
export const VerifierScope = z.enum(['fullName', 'maskedIdNumber', 'maskedPhone', 'enterprise']);
export type VerifierScope = z.infer<typeof VerifierScope>;

export const VerifierMembership = z.object({
  organisation: z
    .object({ id: z.string(), name: z.string(), kind: VerifierKind, region: Region, scopes: z.array(VerifierScope) })
    .nullable(),
});
export type VerifierMembership = z.infer<typeof VerifierMembership>;

export const VerifyPayloadBody = z.object({ payload: QrPayload });

export const ResolvedAttributes = z.object({
  fullName: z.string().optional(),
  maskedIdNumber: z.string().optional(),
  maskedPhone: z.string().optional(),
  enterprise: EnterpriseCodeInfo.optional(),
});

export const VerificationResult = z.object({
  ok: z.boolean(),
  reason: VerificationReason,
  kind: z.enum(['GSC', 'ECP', 'OTHER']),
  /** Issuing region (GB/T 2260) when the signature was checked. */
  iss: z.string().nullable(),
  /** The code's own (masked) body, once its signature verified. */
  subject: z
    .object({ type: z.enum(['P', 'E']), name: z.string(), idNumber: z.string(), region: z.string() })
    .nullable(),
  /** Only the attributes in this verifier's scope; empty unless ok. */
  attributes: ResolvedAttributes,
  /** ECP1 only, once ok: the certificate presented and the fields it disclosed (issue 6). */
  certificate: z
    .object({
      classCode: z.string(),
      className: z.string(),
      disclosed: z.record(z.string(), z.string()),
      holderRegion: z.string(),
      certificateId: z.string().nullable().optional(),
      /** The holder's photo (JPEG, base64), for a verifier that may see it, checked against `ph`. */
      photoBase64: z.string().optional(),
      /**
       * What the verifier may say about the photo: `matched` (photoBase64 holds the bytes whose
       * digest the issuer signed into the code), `unavailable` (the code carries a photo digest
       * but no photo could be given here: another region's certificate, no scope, or no match),
       * `none` (the code carries no photo). Only `matched` may read as checked; absent (a code
       * verified on the device, with no call) says nothing about a photo.
       */
      photo: z.enum(['matched', 'unavailable', 'none']).optional(),
    })
    .optional(),
  verifiedAt: IsoDateTime,
});
export type VerificationResult = z.infer<typeof VerificationResult>;

// ---- 用码记录 ----

export const CodeUsageRecord = z.object({
  id: z.string(),
  at: IsoDateTime,
  verifierName: z.string(),
  verifierKind: VerifierKind,
  verifierRegion: Region,
  codeKind: z.enum(['GSC', 'ECP']),
  /** Which attributes were read. */
  read: z.array(VerifierScope),
});
export type CodeUsageRecord = z.infer<typeof CodeUsageRecord>;
export const CodeUsageList = z.object({ items: z.array(CodeUsageRecord) });
