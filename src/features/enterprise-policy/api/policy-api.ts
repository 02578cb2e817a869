import type { EnterpriseProfileBody, PolicyType } from '../../../../types/policies';
import { callApi } from '../../../shared/api/client';

export const getEnterpriseProfile = () => callApi('getEnterpriseProfile');
export const saveEnterpriseProfile = (body: EnterpriseProfileBody) => callApi('saveEnterpriseProfile', { body });
export const listPolicyMatches = () => callApi('listPolicyMatches');
export const getPolicy = (id: string) => callApi('getPolicy', { params: { id } });
export const getPolicySubscriptions = () => callApi('getPolicySubscriptions');
export const savePolicySubscriptions = (types: PolicyType[]) => callApi('savePolicySubscriptions', { body: { types } });
export const applyForPolicy = (id: string, idempotencyKey: string) =>
  callApi('applyForPolicy', { params: { id }, body: { values: {} }, headers: { 'Idempotency-Key': idempotencyKey } });
export const listPolicyGrants = () => callApi('listPolicyGrants');
