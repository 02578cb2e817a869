import type { RequestBody, RequestQuery } from '@contract/api';
import { callApi } from '@/shared/api/client';

const all = ['staff'] as const;
/** The back office's own answers: who I am there, and the region's audit trail. */
export const staffKeys = {
  all,
  membership: () => [...all, 'membership'] as const,
  audit: () => [...all, 'audit'] as const,
};

export const getStaffMembership = () => callApi('getStaffMembership');
export const setCertificateStatus = (id: string, body: RequestBody<'setCertificateStatus'>) => callApi('setCertificateStatus', { params: { id }, body });
export const listStaffAudit = (query: RequestQuery<'listStaffAudit'>) => callApi('listStaffAudit', { query });
