import type { RequestBody, RequestQuery } from '../../../../types/api';
import { callApi } from '../../../shared/api/client';

export const getStaffMembership = () => callApi('getStaffMembership');
export const listStaffApplications = (query: RequestQuery<'listStaffApplications'>) => callApi('listStaffApplications', { query });
export const getStaffApplication = (id: string) => callApi('getStaffApplication', { params: { id } });
export const transitionApplication = (id: string, body: RequestBody<'transitionApplication'>) =>
  callApi('transitionApplication', { params: { id }, body });
export const answerRatingFollowUp = (id: string, reply: string) => callApi('answerRatingFollowUp', { params: { id }, body: { reply } });
export const getServiceForm = (code: string) => callApi('getServiceForm', { params: { code } });
export const listStaffCases = (query: RequestQuery<'listStaffCases'>) => callApi('listStaffCases', { query });
export const getStaffCase = (id: string) => callApi('getStaffCase', { params: { id } });
export const replyToCaseAsStaff = (id: string, content: string, close: boolean) =>
  callApi('replyToCaseAsStaff', { params: { id }, body: { content, close } });
export const setCertificateStatus = (id: string, body: RequestBody<'setCertificateStatus'>) => callApi('setCertificateStatus', { params: { id }, body });
export const listStaffAudit = (query: RequestQuery<'listStaffAudit'>) => callApi('listStaffAudit', { query });
export const listStaffMembers = () => callApi('listStaffMembers');
export const reassignApplication = (id: string, body: RequestBody<'reassignApplication'>) => callApi('reassignApplication', { params: { id }, body });
