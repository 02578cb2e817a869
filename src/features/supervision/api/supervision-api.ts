import type { RequestBody } from '@contract/api';
import { callApi } from '@/shared/api/client';

const all = ['supervision'] as const;
/** Every cached answer about inspections — the inspector's, the enterprise's, the public's — sits under `supervisionKeys.all`. */
export const supervisionKeys = {
  all,
  membership: () => [...all, 'membership'] as const,
  office: () => [...all, 'office'] as const,
  officeDetail: (id: string) => [...supervisionKeys.office(), 'detail', id] as const,
  enterprise: () => [...all, 'enterprise'] as const,
  enterpriseDetail: (id: string) => [...supervisionKeys.enterprise(), 'detail', id] as const,
  photo: (inspectionId: string, photoId: string) => [...all, 'photo', inspectionId, photoId] as const,
  publicRecord: (creditCode: string) => [...all, 'public', creditCode] as const,
};

export const getInspectorMembership = () => callApi('getInspectorMembership');
export const scanEnterpriseForInspection = (payload: string) => callApi('scanEnterpriseForInspection', { body: { payload } });
export const recordInspection = (body: RequestBody<'recordInspection'>) => callApi('recordInspection', { body });
export const listOfficeInspections = () => callApi('listOfficeInspections');
export const getOfficeInspection = (id: string) => callApi('getOfficeInspection', { params: { id } });
export const listMyEnterpriseInspections = () => callApi('listMyEnterpriseInspections');
export const getMyEnterpriseInspection = (id: string) => callApi('getMyEnterpriseInspection', { params: { id } });
export const confirmRectification = (id: string, body: RequestBody<'confirmRectification'>) =>
  callApi('confirmRectification', { params: { id }, body });
export const reviewRectification = (id: string, body: RequestBody<'reviewRectification'>) =>
  callApi('reviewRectification', { params: { id }, body });
export const getInspectionPhoto = (id: string, photoId: string) => callApi('getInspectionPhoto', { params: { id, photoId } });
export const getEnterpriseSupervisionRecord = (creditCode: string) => callApi('getEnterpriseSupervisionRecord', { params: { creditCode } });
export const createUpload = (body: RequestBody<'createUpload'>) => callApi('createUpload', { body });
