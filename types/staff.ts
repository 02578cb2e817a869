import { z } from 'zod';
import { IsoDateTime } from './common';

/**
 * Back-office roles. Each sees and acts on its own queue only: a reviewer (审批) the applications
 * routed to their office, the 12345 hotline the cases, a 证照 officer the status of e-certificates
 * of their region, a supervisor every office of their region (and may reassign and read the audit).
 */
export const StaffRole = z.enum(['reviewer', 'hotline', 'certificate_officer', 'supervisor']);
export type StaffRole = z.infer<typeof StaffRole>;

/** A staff account and its office: a region (GB/T 2260) and, for a department's desk, the department. */
export const StaffProfile = z.object({
  id: z.string(),
  name: z.string(),
  role: StaffRole,
  /** The office's name, as shown once in the desk's header. */
  office: z.string(),
  region: z.string(),
  regionName: z.string(),
  /** The catalogue department this desk takes; null for a 综合窗口 (every department of the region). */
  department: z.string().nullable(),
});
export type StaffProfile = z.infer<typeof StaffProfile>;

export const StaffMemberList = z.object({ items: z.array(StaffProfile) });

export const ReassignApplicationBody = z.object({
  /** A reviewer whose office takes the application (its region and department). */
  staffId: z.string().trim().min(1).max(64),
  reason: z.string().trim().min(1).max(500),
});

export const StaffAuditQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const StaffAuditAction = z.enum([
  'view', 'material_view', 'accept', 'request_correction', 'approve', 'reject', 'follow_up_reply', 'reassign',
  'case_view', 'case_reply', 'case_close', 'certificate_suspend', 'certificate_reinstate', 'certificate_revoke',
]);
export type StaffAuditAction = z.infer<typeof StaffAuditAction>;

/** Why a staff attempt was refused: another role's action, another office's matter, one's own (回避). */
export const StaffRefusalCode = z.enum(['STAFF_ROLE_FORBIDDEN', 'STAFF_OFFICE_FORBIDDEN', 'CONFLICT_OF_INTEREST']);
export type StaffRefusalCode = z.infer<typeof StaffRefusalCode>;

export const StaffAuditEntry = z.object({
  id: z.number().int(),
  at: IsoDateTime,
  staffId: z.string(),
  staffName: z.string().nullable(),
  role: StaffRole,
  region: z.string(),
  department: z.string().nullable(),
  action: StaffAuditAction,
  targetKind: z.enum(['application', 'case', 'certificate']),
  targetId: z.string(),
  targetRegion: z.string().nullable(),
  reason: z.string().nullable(),
  /** Set when the attempt was refused (and so changed nothing); targetId '*' is a whole queue. */
  refused: StaffRefusalCode.nullable(),
});
export const StaffAuditList = z.object({ items: z.array(StaffAuditEntry) });
