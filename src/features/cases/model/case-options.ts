import type { ResponseBody } from '@contract/api';

export type CaseDetail = ResponseBody<'getCase'>;
export type CaseType = CaseDetail['type'];
export type CaseCategory = CaseDetail['category'];
export type CaseStatus = CaseDetail['status'];

export const CASE_TYPES = ['complaint', 'suggestion', 'consultation'] as const satisfies readonly CaseType[];
export const CASE_CATEGORIES = [
  'government_service', 'social_security', 'medical', 'education', 'housing', 'traffic', 'environment',
  'market', 'public_safety', 'other',
] as const satisfies readonly CaseCategory[];

export const CONTENT_MIN = 5;
export const CONTENT_MAX = 2000;
export const PLACE_MAX = 200;
export const PHOTOS_MAX = 9;

export interface NewCaseDraft {
  type: CaseType;
  category: CaseCategory | null;
  content: string;
  place: string;
}

export interface NewCaseErrors {
  category?: 'REQUIRED';
  content?: 'TOO_SHORT' | 'TOO_LONG';
  place?: 'TOO_LONG';
}

/** The same bounds as the server's CreateCaseBody, checked before anything is sent. */
export function validateNewCase(draft: NewCaseDraft): NewCaseErrors {
  const errors: NewCaseErrors = {};
  if (!draft.category) errors.category = 'REQUIRED';
  const content = draft.content.trim();
  if (content.length < CONTENT_MIN) errors.content = 'TOO_SHORT';
  else if (content.length > CONTENT_MAX) errors.content = 'TOO_LONG';
  if (draft.place.trim().length > PLACE_MAX) errors.place = 'TOO_LONG';
  return errors;
}

export function hasErrors(errors: NewCaseErrors): boolean {
  return Object.values(errors).some(Boolean);
}
