import { z } from 'zod';
import { RATING_TAGS } from './rating-tags';
import { IsoDateTime } from './common';
import { FormValues, UploadContent } from './forms';
import { StaffProfile } from './staff';

/**
 * 办件: applications, their timeline, 好差评 and the back office. Statuses are string unions
 * (convention 7); labels live in the client's i18n.
 *
 * submitted 已提交 → accepted 已受理 → approved 办结, or rejected 不予受理, or
 * correction_requested 补正 (back to where it was once the user resubmits).
 */
export const ApplicationStatus = z.enum(['submitted', 'accepted', 'correction_requested', 'approved', 'rejected']);
export type ApplicationStatus = z.infer<typeof ApplicationStatus>;

export const TransitionAction = z.enum(['accept', 'request_correction', 'approve', 'reject']);
export type TransitionAction = z.infer<typeof TransitionAction>;

/** One audited step: submit, resubmit (补正), or a staff action. */
export const TimelineEntry = z.object({
  action: z.enum(['submit', 'resubmit', 'accept', 'request_correction', 'approve', 'reject']),
  from: ApplicationStatus.nullable(),
  to: ApplicationStatus,
  at: IsoDateTime,
  actor: z.enum(['applicant', 'staff']),
  /** The staff member's name and office (never for the applicant's own entries). */
  staffName: z.string().nullable(),
  reason: z.string().nullable(),
  /** For a 一件事 bundle: the department's part this step was taken on (null for the bundle itself). */
  part: z.string().nullable().optional(),
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

export const ApplicationIdParams = z.object({ id: z.string().min(1).max(64) });

export const ApplicationSummary = z.object({
  id: z.string(),
  /** 办件编号 shown to the user and quoted on the phone to 12345. */
  number: z.string(),
  serviceCode: z.string(),
  serviceName: z.string(),
  department: z.string(),
  /** For a bundle, derived from its sub-applications. */
  status: ApplicationStatus,
  isBundle: z.boolean(),
  parentId: z.string().nullable(),
  submittedAt: IsoDateTime,
  updatedAt: IsoDateTime,
  /** 承诺办结日期 (China date) from the guide's promisedLimitDays in working days. */
  deadline: z.string(),
  /** Working days left (0 on the day, negative when overdue); null once finished. */
  remainingWorkingDays: z.number().int().nullable(),
});
export type ApplicationSummary = z.infer<typeof ApplicationSummary>;

export const Correction = z.object({
  reason: z.string(),
  /** Field and material ids the user must resubmit; empty = any. */
  fields: z.array(z.string()),
  requestedAt: IsoDateTime,
});

export const FollowUp = z.object({
  status: z.enum(['open', 'answered']),
  reply: z.string().nullable(),
  answeredAt: IsoDateTime.nullable(),
  staffName: z.string().nullable(),
});

export const Rating = z.object({
  score: z.number().int().min(1).max(5),
  tags: z.array(z.string()),
  comment: z.string().nullable(),
  ratedAt: IsoDateTime,
  /** A 差评 (score ≤ 2) opens a follow-up that staff must answer. */
  followUp: FollowUp.nullable(),
});
export type Rating = z.infer<typeof Rating>;

export const ApplicationDetail = ApplicationSummary.extend({
  values: z.record(z.string(), z.unknown()),
  timeline: z.array(TimelineEntry),
  correction: Correction.nullable(),
  rating: Rating.nullable(),
  /** A bundle's sub-applications, one per department (一件事 combined progress). */
  children: z.array(ApplicationSummary),
  canRate: z.boolean(),
  canCorrect: z.boolean(),
});
export type ApplicationDetail = z.infer<typeof ApplicationDetail>;

/**
 * An application as the officer handling it sees it: the applicant in full (name, citizen ID,
 * sign-in phone), which the officer must check against the materials; each view is audited.
 * Null for an applicant with no real-name record (none can apply without one).
 */
export const StaffApplicationDetail = ApplicationDetail.extend({
  applicant: z.object({ name: z.string(), idNumber: z.string(), phone: z.string().nullable() }).nullable(),
});
export type StaffApplicationDetail = z.infer<typeof StaffApplicationDetail>;

export const StaffMaterialParams = z.object({ id: z.string().min(1).max(64), uploadId: z.string().min(1).max(64) });
/** An uploaded file an application cites (a material or a photo field), opened by its officer; audited. */
export const StaffMaterial = UploadContent;
export type StaffMaterial = z.infer<typeof StaffMaterial>;

export const ApplicationList = z.object({ items: z.array(ApplicationSummary) });

export const ListApplicationsQuery = z.object({ status: ApplicationStatus.optional() });

export const SubmitApplicationBody = z.object({
  serviceCode: z.string().regex(/^[A-Z]{2,4}-\d{4}$/, { message: 'SERVICE_CODE_INVALID' }),
  values: FormValues,
});

/** Same key + same body → the same application; same key + another body → IDEMPOTENCY_CONFLICT. */
export const IdempotencyHeaders = z.looseObject({
  'idempotency-key': z
    .string()
    .min(8)
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/, { message: 'IDEMPOTENCY_KEY_INVALID' }),
});

export const SubmitCorrectionBody = z.object({ values: FormValues });

export { RATING_TAGS };
export const RateApplicationBody = z.object({
  score: z.number().int().min(1).max(5),
  tags: z.array(z.enum(RATING_TAGS)).max(10).default([]),
  comment: z.string().trim().max(500).optional(),
});

// ---- back office ----

export const StaffTransitionBody = z.object({
  action: TransitionAction,
  /** Required for request_correction and reject (told to the applicant). */
  reason: z.string().trim().min(1).max(500).optional(),
  /** With request_correction: the field / material ids to resubmit. */
  fields: z.array(z.string().min(1).max(64)).max(50).optional(),
});

export const StaffApplicationsQuery = z.object({
  status: ApplicationStatus.optional(),
  /** Only applications with a 差评 follow-up waiting for an answer. */
  followUp: z.enum(['open']).optional(),
});

export const StaffApplication = ApplicationSummary.extend({
  /** The applicant, masked. */
  applicantName: z.string().nullable(),
  followUpOpen: z.boolean(),
  /** The office it is routed to: the applicant's city (GB/T 2260) with the department above. */
  routedRegion: z.string().nullable(),
  /** The reviewer a supervisor assigned it to, if any. */
  assignedStaffId: z.string().nullable(),
});
export const StaffApplicationList = z.object({ items: z.array(StaffApplication) });

export const StaffReplyBody = z.object({ reply: z.string().trim().min(1).max(1000) });

export const StaffMembership = z.object({
  staff: StaffProfile.nullable(),
});

// ---- 12345 诉求 ----

export const CaseType = z.enum(['complaint', 'suggestion', 'consultation']);
export const CaseCategory = z.enum([
  'government_service', 'social_security', 'medical', 'education', 'housing', 'traffic', 'environment',
  'market', 'public_safety', 'other',
]);
export const CaseStatus = z.enum(['open', 'replied', 'closed']);
export type CaseStatus = z.infer<typeof CaseStatus>;

export const CreateCaseBody = z.object({
  type: CaseType,
  category: CaseCategory,
  content: z.string().trim().min(5).max(2000),
  place: z.string().trim().max(200).optional(),
  photoIds: z.array(z.string().min(1).max(64)).max(9).default([]),
  /** 办不成事: the caller's own application this is about. */
  applicationId: z.string().min(1).max(64).optional(),
});

export const CaseReply = z.object({
  from: z.enum(['citizen', 'staff']),
  content: z.string(),
  at: IsoDateTime,
  staffName: z.string().nullable(),
});

export const CaseSummary = z.object({
  id: z.string(),
  number: z.string(),
  type: CaseType,
  category: CaseCategory,
  status: CaseStatus,
  applicationId: z.string().nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export const CaseDetail = CaseSummary.extend({
  content: z.string(),
  place: z.string().nullable(),
  photoIds: z.array(z.string()),
  replies: z.array(CaseReply),
});
export type CaseDetail = z.infer<typeof CaseDetail>;
export const CaseList = z.object({ items: z.array(CaseSummary) });
export const CaseIdParams = z.object({ id: z.string().min(1).max(64) });
export const CaseReplyBody = z.object({
  content: z.string().trim().min(1).max(1000),
  /** Staff only: close the case with this reply. */
  close: z.boolean().optional(),
});
export const StaffCasesQuery = z.object({ status: CaseStatus.optional() });
