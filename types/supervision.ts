/** 一码监督: the contract of inspections recorded on an enterprise's 企业码. */
import { z } from 'zod';
import { IsoDateTime } from './common';
import { QrPayload } from './service-code';
import {
  INSPECTION_MATTER_KEYS, INSPECTION_RESULTS, INSPECTION_TASK_KINDS, RECTIFICATION_STATUSES, SUPERVISION_DEPARTMENTS,
  type InspectionMatter as MatterKey,
} from './supervision-rules';

export const SupervisionDepartment = z.enum(SUPERVISION_DEPARTMENTS);
export const InspectionMatter = z.enum(INSPECTION_MATTER_KEYS as [MatterKey, ...MatterKey[]]);
export const InspectionTaskKind = z.enum(INSPECTION_TASK_KINDS);
export const InspectionResult = z.enum(INSPECTION_RESULTS);
export const RectificationStatus = z.enum(RECTIFICATION_STATUSES);

/** A China calendar date, `YYYY-MM-DD`. */
const CalendarDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'date' });
const UploadId = z.string().min(1).max(64);

export const InspectorProfile = z.object({
  id: z.string(),
  name: z.string(),
  office: z.string(),
  region: z.string(),
  regionName: z.string(),
  department: SupervisionDepartment,
});
export type InspectorProfile = z.infer<typeof InspectorProfile>;
export const InspectorMembership = z.object({ inspector: InspectorProfile.nullable() });
export type InspectorMembership = z.infer<typeof InspectorMembership>;

/** The enterprise as the inspector and the public see it on its 企业码. */
export const SupervisedEnterprise = z.object({
  name: z.string(),
  creditCode: z.string(),
  creditRating: z.string(),
  licences: z.array(z.string()),
});
export type SupervisedEnterprise = z.infer<typeof SupervisedEnterprise>;

/** What any party may know of an inspection: who inspected (departments), when, on what, the outcome. */
export const InspectionSummary = z.object({
  id: z.string(),
  recordedAt: IsoDateTime,
  enterpriseName: z.string(),
  creditCode: z.string(),
  taskKind: InspectionTaskKind,
  departments: z.array(SupervisionDepartment),
  matters: z.array(InspectionMatter),
  result: InspectionResult,
  rectifyBy: CalendarDate.nullable(),
  rectification: RectificationStatus,
});
export type InspectionSummary = z.infer<typeof InspectionSummary>;
export const InspectionList = z.object({ items: z.array(InspectionSummary) });
export type InspectionList = z.infer<typeof InspectionList>;

export const InspectionPhotoRef = z.object({
  id: z.string(),
  /** A photo of the findings (inspector) or evidence of 整改 (enterprise). */
  kind: z.enum(['finding', 'evidence']),
  name: z.string(),
  contentType: z.string(),
});

export const InspectionDetail = InspectionSummary.extend({
  taskRef: z.string(),
  findings: z.string(),
  inspectorName: z.string(),
  office: z.string(),
  /** Why the inspector went ahead although the check repeated or overlapped an earlier one. */
  repeatReason: z.string().nullable(),
  photos: z.array(InspectionPhotoRef),
  rectificationNote: z.string().nullable(),
  rectifiedAt: IsoDateTime.nullable(),
  rectifiedBy: z.string().nullable(),
  /** 复查: the inspecting department's review of the confirmed 整改, once given. */
  review: z
    .object({ result: z.enum(['accepted', 'not_accepted']), note: z.string(), reviewedAt: IsoDateTime, reviewer: z.string() })
    .nullable(),
  /**
   * Earlier rounds 复查 did not accept, oldest first: the deadline then, the enterprise's
   * confirmation, what the reviewer found still wrong, and the new deadline it set.
   */
  reopenedRounds: z.array(
    z.object({
      rectifyBy: CalendarDate,
      rectificationNote: z.string().nullable(),
      rectifiedAt: IsoDateTime,
      rectifiedBy: z.string().nullable(),
      reviewNote: z.string(),
      reviewedAt: IsoDateTime,
      reviewer: z.string(),
      nextRectifyBy: CalendarDate,
    }),
  ),
});
export type InspectionDetail = z.infer<typeof InspectionDetail>;

export const ScanEnterpriseBody = z.object({ payload: QrPayload });

/** A scanned 企业码: the enterprise, its inspections in the window, and the scan that records one. */
export const InspectionScan = z.object({
  scanId: z.string(),
  /** The recording must follow the scan within this time: the inspector is on site. */
  validUntil: IsoDateTime,
  enterprise: SupervisedEnterprise,
  windowDays: z.number().int(),
  history: z.array(InspectionSummary),
});
export type InspectionScan = z.infer<typeof InspectionScan>;

export const RecordInspectionBody = z.object({
  scanId: z.string().min(1).max(64),
  taskKind: InspectionTaskKind,
  /** The 双随机 task number or the complaint's number. */
  taskRef: z.string().trim().min(2).max(64),
  departments: z.array(SupervisionDepartment).min(1).max(5),
  matters: z.array(InspectionMatter).min(1).max(11),
  findings: z.string().trim().min(2).max(2000),
  result: InspectionResult,
  rectifyBy: CalendarDate.nullable().default(null),
  photoUploadIds: z.array(UploadId).max(9).default([]),
  repeatReason: z.string().trim().max(500).nullable().default(null),
});
export type RecordInspectionBody = z.input<typeof RecordInspectionBody>;

export const InspectionIdParams = z.object({ id: z.string().min(1).max(64) });
export const InspectionPhotoParams = z.object({ id: z.string().min(1).max(64), photoId: z.string().min(1).max(64) });

export const InspectionPhoto = z.object({ id: z.string(), name: z.string(), contentType: z.string(), dataBase64: z.string() });
export type InspectionPhoto = z.infer<typeof InspectionPhoto>;

export const ConfirmRectificationBody = z.object({
  note: z.string().trim().min(2).max(1000),
  evidenceUploadIds: z.array(UploadId).min(1).max(9),
});
export type ConfirmRectificationBody = z.input<typeof ConfirmRectificationBody>;

/** 复查 by an inspector of the inspection's departments: the 整改 accepted or not, and why. */
export const ReviewRectificationBody = z.object({
  result: z.enum(['accepted', 'not_accepted']),
  note: z.string().trim().min(2).max(1000),
  /** Not accepted: the new 整改 deadline (after today, within RECTIFY_MAX_DAYS); the 整改 is due again. */
  rectifyBy: CalendarDate.nullable().default(null),
});
export type ReviewRectificationBody = z.input<typeof ReviewRectificationBody>;

export const CreditCodeParams = z.object({ creditCode: z.string().trim().toUpperCase().regex(/^[0-9A-Z]{18}$/) });

/** The public side of a 企业码: licences and the latest inspection results (双随机一公开). */
export const EnterpriseSupervisionRecord = z.object({
  enterprise: SupervisedEnterprise,
  latest: z.array(InspectionSummary.omit({ enterpriseName: true, creditCode: true, rectifyBy: true })),
});
export type EnterpriseSupervisionRecord = z.infer<typeof EnterpriseSupervisionRecord>;
