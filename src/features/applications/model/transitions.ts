import type { ApplicationStatus, TransitionAction } from '@contract/applications';

/** The queue's status filter, in the order a back office works through it. */
export const QUEUE_STATUSES = ['submitted', 'accepted', 'correction_requested', 'approved', 'rejected'] as const satisfies readonly ApplicationStatus[];

/**
 * What a department may do from each status (the server's state machine, mirrored so the desk
 * offers only legal actions; the server still decides, and a race answers ILLEGAL_TRANSITION).
 */
const ALLOWED: Record<ApplicationStatus, readonly TransitionAction[]> = {
  submitted: ['accept', 'request_correction', 'reject'],
  accepted: ['approve', 'request_correction', 'reject'],
  correction_requested: ['reject'],
  approved: [],
  rejected: [],
};

export function allowedActions(status: ApplicationStatus, isBundle: boolean): readonly TransitionAction[] {
  // A 一件事 moves through its sub-applications, never as a whole.
  return isBundle ? [] : ALLOWED[status];
}

/** The applicant is told why: 补正告知 and 不予受理 need a reason (《政务服务法》一次性告知). */
export function needsReason(action: TransitionAction): boolean {
  return action === 'request_correction' || action === 'reject';
}

export interface TransitionDraft {
  action: TransitionAction;
  reason: string;
  fields: string[];
}

export interface TransitionErrors {
  reason?: 'REQUIRED' | 'TOO_LONG';
  fields?: 'REQUIRED';
}

export const REASON_MAX = 500;

export function validateTransition(draft: TransitionDraft): TransitionErrors {
  const errors: TransitionErrors = {};
  const reason = draft.reason.trim();
  if (needsReason(draft.action) && reason === '') errors.reason = 'REQUIRED';
  else if (reason.length > REASON_MAX) errors.reason = 'TOO_LONG';
  if (draft.action === 'request_correction' && draft.fields.length === 0) errors.fields = 'REQUIRED';
  return errors;
}

export function transitionBody(draft: TransitionDraft): { action: TransitionAction; reason?: string; fields?: string[] } {
  const reason = draft.reason.trim();
  return {
    action: draft.action,
    ...(reason !== '' && needsReason(draft.action) ? { reason } : {}),
    ...(draft.action === 'request_correction' ? { fields: draft.fields } : {}),
  };
}
