import type { GrantAuthorizationBody } from '@contract/enterprises';
import { callApi } from '@/shared/api/client';

export const getProfile = () => callApi('getProfile');
export const verifyRealName = (name: string, idNumber: string) => callApi('verifyRealName', { body: { name, idNumber } });
export const bindEnterprise = (creditCode: string) => callApi('bindEnterprise', { body: { creditCode } });
export const unbindEnterprise = (enterpriseId: string) => callApi('unbindEnterprise', { params: { enterpriseId } });
export const setActingAs = (enterpriseId: string | null) => callApi('setActingAs', { body: { enterpriseId } });
export const listEnterpriseAuthorizations = (enterpriseId: string) => callApi('listEnterpriseAuthorizations', { params: { enterpriseId } });
export const grantEnterpriseAuthorization = (enterpriseId: string, body: GrantAuthorizationBody) =>
  callApi('grantEnterpriseAuthorization', { params: { enterpriseId }, body });
export const revokeEnterpriseAuthorization = (enterpriseId: string, authorizationId: string) =>
  callApi('revokeEnterpriseAuthorization', { params: { enterpriseId, authorizationId } });
export const listEnterpriseActivity = (enterpriseId: string) => callApi('listEnterpriseActivity', { params: { enterpriseId } });
