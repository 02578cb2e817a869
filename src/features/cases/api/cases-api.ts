import type { RequestBody, RequestQuery } from '@contract/api';
import { callApi } from '@/shared/api/client';

const all = ['cases'] as const;
/** Every cached answer about 12345 cases, the citizen's and the hotline's, sits under `caseKeys.all`. */
export const caseKeys = {
  all,
  mine: () => [...all, 'mine'] as const,
  detail: (id: string) => [...all, 'detail', id] as const,
  application: (id: string) => [...all, 'application', id] as const,
  staff: () => [...all, 'staff'] as const,
  staffQueue: (filter: string) => [...caseKeys.staff(), 'queue', filter] as const,
  staffDetail: (id: string) => [...caseKeys.staff(), 'detail', id] as const,
};

export const listCases = () => callApi('listCases');
export const getCase = (id: string) => callApi('getCase', { params: { id } });
export const createCase = (body: RequestBody<'createCase'>) => callApi('createCase', { body });
export const replyToCase = (id: string, content: string) => callApi('replyToCase', { params: { id }, body: { content } });
export const createUpload = (body: RequestBody<'createUpload'>) => callApi('createUpload', { body });
/** The application a 办不成事 report is about (the caller's own). */
export const getApplication = (id: string) => callApi('getApplication', { params: { id } });

// The 12345 hotline's side of the same cases.
export const listStaffCases = (query: RequestQuery<'listStaffCases'>) => callApi('listStaffCases', { query });
export const getStaffCase = (id: string) => callApi('getStaffCase', { params: { id } });
export const replyToCaseAsStaff = (id: string, content: string, close: boolean) =>
  callApi('replyToCaseAsStaff', { params: { id }, body: { content, close } });
