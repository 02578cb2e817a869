import { z } from 'zod';
import { IsoDateTime } from './common';
import { CERTIFICATE_ID_MAX_LENGTH, isValidCertificateId } from './certificate-id';
import { Region } from './identity';
import { VerifierKind } from './service-code';

/**
 * 电子证照 wallet (卡包), 亮证 and 川渝互认 status lists (issue 6, scqr-v1 §3, §6). The identifier
 * rule lives zod-free in ./certificate-id for the app.
 */

/** A GB/T 36904 identifier with a valid MOD 37,36 check character. */
export const CertificateId = z
  .string()
  .max(CERTIFICATE_ID_MAX_LENGTH)
  .refine(isValidCertificateId, { message: 'CERTIFICATE_ID_INVALID' });

export const CertificateIdParams = z.object({ id: CertificateId });

/** valid 有效, suspended 暂停, revoked 注销/吊销, expired 过期, lost-reported 已挂失. */
export const CertificateStatus = z.enum(['valid', 'suspended', 'revoked', 'expired', 'lost-reported']);
export type CertificateStatus = z.infer<typeof CertificateStatus>;

export const CertificateFieldType = z.enum(['text', 'date', 'image']);

export const CertificateFieldDef = z.object({
  key: z.string(),
  label: z.string(),
  labelEn: z.string(),
  sensitive: z.boolean(),
  type: CertificateFieldType,
});
export type CertificateFieldDef = z.infer<typeof CertificateFieldDef>;

/** 照面: how the certificate face is drawn (rows of field keys, title, colours). */
export const CertificateLayout = z.object({
  title: z.string(),
  background: z.string(),
  accent: z.string(),
  /** Field keys, left to right, top to bottom; the image field (photo) is drawn beside them. */
  rows: z.array(z.array(z.string())),
  photo: z.string().nullable(),
});
export type CertificateLayout = z.infer<typeof CertificateLayout>;

/** The fields the 住宿 and 交通 scene templates disclose for a class (窗口 = every field). */
export const TemplateFields = z.object({ lodging: z.array(z.string()), transport: z.array(z.string()) });
export type TemplateFields = z.infer<typeof TemplateFields>;

export const CertificateClassInfo = z.object({
  code: z.string(),
  name: z.string(),
  holder: z.enum(['person', 'enterprise']),
  issuer: z.object({ '510000': z.string(), '500000': z.string() }),
  fields: z.array(CertificateFieldDef),
  layout: CertificateLayout,
  templates: TemplateFields,
});
export const CertificateClassList = z.object({ items: z.array(CertificateClassInfo) });

export const CertificateSummary = z.object({
  id: z.string(),
  classCode: z.string(),
  className: z.string(),
  holderKind: z.enum(['person', 'enterprise']),
  /** Masked for a person, in full for an enterprise. */
  holderName: z.string(),
  /** Issuing department in the issuing region. */
  issuer: z.string(),
  region: Region,
  status: CertificateStatus,
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  issuedAt: IsoDateTime,
});
export type CertificateSummary = z.infer<typeof CertificateSummary>;
export const CertificateList = z.object({ items: z.array(CertificateSummary) });

export const CertificateFieldValue = CertificateFieldDef.extend({
  /** Masked when `sensitive` and the request carried no fresh re-authentication. Null for the image. */
  value: z.string().nullable(),
  masked: z.boolean(),
});

export const CertificateDetail = CertificateSummary.extend({
  fields: z.array(CertificateFieldValue),
  layout: CertificateLayout,
  /** What 住宿/交通 disclose for this class, so an offline presentation matches the online one. */
  templates: TemplateFields,
  /** The holder's photo (JPEG, base64) as issued, for the 照面; null when the class has none. */
  photoBase64: z.string().nullable(),
  /** True when sensitive fields are shown in full (fresh X-Reauth-Token). */
  sensitiveRevealed: z.boolean(),
});
export type CertificateDetail = z.infer<typeof CertificateDetail>;

/** `X-Reauth-Token` from POST /me/reauth, valid 5 minutes. */
export const CertificateDetailHeaders = z.object({ 'x-reauth-token': z.string().min(16).max(128).optional() });

// ---- re-authentication ----

export const ReauthBody = z.object({ code: z.string().regex(/^\d{6}$/) });
export const ReauthToken = z.object({ reauthToken: z.string(), expiresAt: IsoDateTime });
export const ReauthCodeSent = z.object({ maskedPhone: z.string(), resendAfter: z.number().int(), expiresIn: z.number().int() });

// ---- 亮证 ----

/** 住宿 hotel, 交通 transport, 窗口 counter (scqr-v1 §3.1). */
export const PresentationTemplate = z.enum(['lodging', 'transport', 'window']);
export type PresentationTemplate = z.infer<typeof PresentationTemplate>;

export const CreatePresentationBody = z
  .object({
    fields: z.array(z.string().min(1).max(40)).min(1).max(40).optional(),
    template: PresentationTemplate.optional(),
  })
  .refine((b) => (b.fields === undefined) !== (b.template === undefined), { message: 'FIELDS_OR_TEMPLATE' });

export const Presentation = z.object({
  certificateId: z.string(),
  /** `ECP1:…`, online-signed, exp − iat ≤ 300 s. */
  payload: z.string(),
  iat: z.number().int(),
  exp: z.number().int(),
  template: PresentationTemplate.nullable(),
  /** The field keys it discloses (sensitive ones masked). */
  fields: z.array(z.string()),
  /** Carries `ph` (photo digest): a hotel or window resolves the photo online. */
  photoDigest: z.boolean(),
});
export type Presentation = z.infer<typeof Presentation>;

export const OfflineBatchBody = z.object({ count: z.number().int().min(1).max(10).default(1) });

/** scqr-v1 §3.2 credential as `issueEcpOffline` returns it; the app presents it with `presentEcpOffline`. */
export const OfflineCredential = z.object({ cose: z.string(), disclosures: z.array(z.string()) });

export const OfflineBatch = z.object({
  certificateId: z.string(),
  classCode: z.string(),
  region: Region,
  credentials: z.array(OfflineCredential),
  /** Field keys each credential can disclose (sensitive ones carry masked values). */
  fieldNames: z.array(z.string()),
  iat: z.number().int(),
  /** exp of every credential (≤ 24 h after iat). */
  exp: z.number().int(),
  status: z.object({ index: z.number().int(), url: z.string() }),
});
export type OfflineBatch = z.infer<typeof OfflineBatch>;

// ---- 用证记录 ----

export const CertificateUsageRecord = z.object({
  id: z.string(),
  at: IsoDateTime,
  certificateId: z.string(),
  classCode: z.string(),
  className: z.string(),
  verifierName: z.string(),
  verifierKind: VerifierKind,
  verifierRegion: Region,
  /** Disclosed field keys the verifier saw. */
  fields: z.array(z.string()),
  /** The verifier fetched the holder's photo by online resolution. */
  photo: z.boolean(),
});
export const CertificateUsageList = z.object({ items: z.array(CertificateUsageRecord) });

// ---- revocation (staff) and status lists (§6) ----

export const SetCertificateStatusBody = z.object({
  status: z.enum(['revoked', 'suspended', 'valid']),
  reason: z.string().trim().min(2).max(200),
});

export const StaffCertificate = z.object({
  id: z.string(),
  classCode: z.string(),
  className: z.string(),
  holderName: z.string(),
  status: CertificateStatus,
  statusList: z.object({ listId: z.string(), index: z.number().int() }),
  history: z.array(
    z.object({ at: IsoDateTime, from: z.string(), to: z.string(), actor: z.enum(['staff', 'holder', 'system']), staffName: z.string().nullable(), reason: z.string().nullable() }),
  ),
});

export const StatusListParams = z.object({ listId: z.string().regex(/^\d{6}-\d{1,6}$/) });

/** scqr-v1 §6: 2 bits per index (0 valid, 1 revoked, 2 suspended), zlib, base64 (`encodedList`). */
export const StatusListDocument = z.object({
  listId: z.string(),
  region: Region,
  size: z.number().int(),
  issuedAt: IsoDateTime,
  encodedList: z.string(),
});
export type StatusListDocument = z.infer<typeof StatusListDocument>;

export const StatusListIndex = z.object({
  region: Region,
  lists: z.array(z.object({ listId: z.string(), url: z.string() })),
});
