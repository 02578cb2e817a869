import type { RequestBody, RequestQuery } from '@contract/api';
import type { FormValues } from '@contract/form-engine';
import { callApi } from '@/shared/api/client';

const all = ['applications'] as const;
/**
 * Every cached answer about applications, the applicant's and the back office's, sits under
 * `applicationKeys.all`: a decision on either side makes the other's copy stale too.
 */
export const applicationKeys = {
  all,
  mine: () => [...all, 'mine'] as const,
  detail: (id: string) => [...all, 'detail', id] as const,
  form: (serviceCode: string) => [...all, 'form', serviceCode] as const,
  uploadContent: (uploadId: string) => [...all, 'upload-content', uploadId] as const,
  staff: () => [...all, 'staff'] as const,
  staffQueue: (filter: string) => [...applicationKeys.staff(), 'queue', filter] as const,
  staffDetail: (id: string) => [...applicationKeys.staff(), 'detail', id] as const,
  staffMembers: () => [...all, 'staff-members'] as const,
};

export const getServiceForm = (code: string) => callApi('getServiceForm', { params: { code } });
export const getPrefillSources = () => callApi('getPrefillSources');
export const getDraft = (serviceCode: string) => callApi('getDraft', { params: { serviceCode } });
export const getUploadContent = (id: string) => callApi('getUploadContent', { params: { id } });
export const saveDraft = (serviceCode: string, values: Record<string, unknown>, updatedAt: string) =>
  callApi('saveDraft', { params: { serviceCode }, body: { values, updatedAt } });
export const deleteDraft = (serviceCode: string) => callApi('deleteDraft', { params: { serviceCode } });
export const createUpload = (name: string, contentType: string, dataBase64: string) =>
  callApi('createUpload', { body: { name, contentType, dataBase64 } });
export const submitApplication = (serviceCode: string, values: FormValues, idempotencyKey: string) =>
  callApi('submitApplication', {
    body: { serviceCode, values: values as never },
    headers: { 'Idempotency-Key': idempotencyKey },
  });
export const listApplications = () => callApi('listApplications');
export const getApplication = (id: string) => callApi('getApplication', { params: { id } });
export const submitCorrection = (id: string, values: FormValues) =>
  callApi('submitCorrection', { params: { id }, body: { values: values as never } });
export const rateApplication = (id: string, score: number, tags: string[], comment: string) =>
  callApi('rateApplication', { params: { id }, body: { score, tags: tags as never, comment: comment || undefined } });

// The back office's side of the same applications.
export const listStaffApplications = (query: RequestQuery<'listStaffApplications'>) => callApi('listStaffApplications', { query });
export const getStaffApplication = (id: string) => callApi('getStaffApplication', { params: { id } });
export const transitionApplication = (id: string, body: RequestBody<'transitionApplication'>) =>
  callApi('transitionApplication', { params: { id }, body });
export const answerRatingFollowUp = (id: string, reply: string) => callApi('answerRatingFollowUp', { params: { id }, body: { reply } });
export const listStaffMembers = () => callApi('listStaffMembers');
export const reassignApplication = (id: string, body: RequestBody<'reassignApplication'>) => callApi('reassignApplication', { params: { id }, body });
export const getStaffApplicationMaterial = (id: string, uploadId: string) => callApi('getStaffApplicationMaterial', { params: { id, uploadId } });
