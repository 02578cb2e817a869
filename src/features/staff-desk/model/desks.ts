import type { StaffProfile, StaffRole } from '@contract/staff';

/** The desks of the staff desk: each role sees only what it may do (the server refuses the rest). */
export type Desk = 'applications' | 'cases' | 'certificates' | 'audit';

const DESKS: Record<StaffRole, readonly Desk[]> = {
  reviewer: ['applications'],
  hotline: ['cases'],
  certificate_officer: ['certificates'],
  supervisor: ['applications', 'audit'],
};

export function desksOf(role: StaffRole): readonly Desk[] {
  return DESKS[role];
}

/** Only a supervisor reassigns an application within the office. */
export function canReassign(role: StaffRole | undefined): boolean {
  return role === 'supervisor';
}

/**
 * The office as the header shows it, once: its name, then the region, then the department only
 * when the office's name does not already say it.
 */
export function officeParts(staff: Pick<StaffProfile, 'office' | 'regionName' | 'department'>): string[] {
  const parts = [staff.office];
  if (!staff.office.startsWith(staff.regionName)) parts.push(staff.regionName);
  if (staff.department && !staff.office.includes(staff.department)) parts.push(staff.department);
  return parts;
}

export type CertificateStatusChoice = 'suspended' | 'valid' | 'revoked';
export const CERTIFICATE_STATUS_CHOICES = ['suspended', 'valid', 'revoked'] as const satisfies readonly CertificateStatusChoice[];
/** The contract's bounds (SetCertificateStatusBody): the reason is kept with the certificate's history. */
export const CERTIFICATE_REASON_MIN = 2;
export const CERTIFICATE_REASON_MAX = 200;

export interface CertificateStatusErrors {
  certificateId?: 'REQUIRED';
  reason?: 'REQUIRED' | 'TOO_LONG';
}

export function validateCertificateStatus(draft: { certificateId: string; reason: string }): CertificateStatusErrors {
  const errors: CertificateStatusErrors = {};
  if (!draft.certificateId.trim()) errors.certificateId = 'REQUIRED';
  const reason = draft.reason.trim();
  if (reason.length < CERTIFICATE_REASON_MIN) errors.reason = 'REQUIRED';
  else if (reason.length > CERTIFICATE_REASON_MAX) errors.reason = 'TOO_LONG';
  return errors;
}
