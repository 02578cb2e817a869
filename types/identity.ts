import { z } from 'zod';
import { IsoDateTime } from './common';
import { citizenIdProblem, isValidCreditCode, isValidMobile, normalizePersonName, personNameProblem } from './identity-numbers';

/**
 * Issue codes that fields carry inside VALIDATION_FAILED, mapped to messages by the client (citizen
 * IDs and names carry the finer codes of identity-numbers.ts).
 */
export const FieldIssueCode = {
  mobile: 'MOBILE_INVALID',
  smsCode: 'SMS_CODE_FORMAT',
  creditCode: 'CREDIT_CODE_INVALID',
} as const;

export const Mobile = z
  .string()
  .trim()
  .refine(isValidMobile, { message: FieldIssueCode.mobile });

export const SmsCode = z
  .string()
  .trim()
  .regex(/^\d{6}$/, { message: FieldIssueCode.smsCode });

/** Each kind of mistake has its own issue code (CITIZEN_ID_LENGTH, …_FORMAT, …_BIRTH_DATE, …_CHECK_DIGIT). */
export const CitizenId = z
  .string()
  .trim()
  .transform((v) => v.toUpperCase())
  .superRefine((v, ctx) => {
    const problem = citizenIdProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const CreditCode = z
  .string()
  .trim()
  .transform((v) => v.toUpperCase())
  .refine(isValidCreditCode, { message: FieldIssueCode.creditCode });

/**
 * A name as on the 居民身份证 (identity-numbers.ts: 2–15 Han characters, · between the parts of a
 * minority name), its middle dot normalised; the issue says what is wrong (PERSON_NAME_LENGTH,
 * …_CHARACTERS, …_DOT).
 */
export const PersonName = z
  .string()
  .transform(normalizePersonName)
  .superRefine((v, ctx) => {
    const problem = personNameProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const Region = z.enum(['510000', '500000']);
export type Region = z.infer<typeof Region>;

// ---- auth ----

export const SendSmsCodeBody = z.object({ phone: Mobile });
/**
 * X-Device-Id: random per app install (src/shared/api/device-id.ts). A hint the server uses to
 * put SMS limits on the device that asks rather than on the phone number; optional.
 */
export const DeviceHeaders = z.looseObject({
  'x-device-id': z.string().regex(/^[A-Za-z0-9_-]{8,64}$/).optional(),
});
export const SendSmsCodeResponse = z.object({
  /** Seconds before another code may be requested for this phone. */
  resendAfter: z.number().int(),
  expiresIn: z.number().int(),
});

/**
 * The version of the 用户服务协议 and 隐私政策 the person ticked before signing in (个人信息保护法
 * §14: consent is given to a stated text). Optional so older clients still sign in; the server
 * records it with the time of consent.
 */
export const ConsentVersion = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/**
 * `cookie`: the browser (H5) wants its session in an HttpOnly cookie, with a CSRF token in a
 * readable one to echo in `x-csrf-token` on every unsafe request; otherwise the token is returned.
 */
export const SessionTransportHeaders = z.looseObject({
  'x-session-transport': z.enum(['cookie']).optional(),
});
export const SmsLoginBody = z.object({ phone: Mobile, code: SmsCode, consentVersion: ConsentVersion.optional() });
export const WeappLoginBody = z.object({ code: z.string().trim().min(1).max(128), consentVersion: ConsentVersion.optional() });

export const EnterpriseRole = z.enum(['legal_representative', 'agent']);
export type EnterpriseRole = z.infer<typeof EnterpriseRole>;

/**
 * What one may do for an enterprise: 办件 (applications), 惠企政策 and 一企一档 (policies), its
 * e-certificates (certificates: wallet, 亮证, 挂失) and its 企业码 (service_code). The legal
 * representative holds all; an agent (经办人) those of their valid authorizations.
 */
export const EnterpriseScope = z.enum(['applications', 'policies', 'certificates', 'service_code']);
export type EnterpriseScope = z.infer<typeof EnterpriseScope>;

export const Enterprise = z.object({
  id: z.string(),
  creditCode: z.string(),
  name: z.string(),
  legalRepresentative: z.string(),
  role: EnterpriseRole,
  /** What this account may do for it now (empty once an agent's authorizations are revoked or expired). */
  scopes: z.array(EnterpriseScope),
  boundAt: IsoDateTime,
});
export type Enterprise = z.infer<typeof Enterprise>;

/** What 我的 shows: everything personal arrives already masked. */
export const Profile = z.object({
  userId: z.string(),
  region: Region,
  maskedPhone: z.string().nullable(),
  loginMethod: z.enum(['sms', 'weapp']),
  realName: z
    .object({
      maskedName: z.string(),
      maskedIdNumber: z.string(),
      verifiedAt: IsoDateTime,
    })
    .nullable(),
  actingAs: Enterprise.nullable(),
  enterprises: z.array(Enterprise),
});
export type Profile = z.infer<typeof Profile>;

export const Session = z.object({
  /**
   * The bearer token (mini-program). Absent when the login asked for `x-session-transport:
   * cookie` (H5): the token then travels only in an HttpOnly cookie no script can read.
   */
  token: z.string().optional(),
  expiresAt: IsoDateTime,
  profile: Profile,
});
export type Session = z.infer<typeof Session>;

export const RealNameBody = z.object({ name: PersonName, idNumber: CitizenId });
export const BindEnterpriseBody = z.object({ creditCode: CreditCode });
export const ActAsBody = z.object({ enterpriseId: z.string().nullable() });
export const EnterpriseIdParams = z.object({ enterpriseId: z.string().min(1).max(64) });
