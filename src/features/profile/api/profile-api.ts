import { callApi } from '../../../shared/api/client';

export const getProfile = () => callApi('getProfile');
export const verifyRealName = (name: string, idNumber: string) => callApi('verifyRealName', { body: { name, idNumber } });
export const bindEnterprise = (creditCode: string) => callApi('bindEnterprise', { body: { creditCode } });
export const unbindEnterprise = (enterpriseId: string) => callApi('unbindEnterprise', { params: { enterpriseId } });
export const setActingAs = (enterpriseId: string | null) => callApi('setActingAs', { body: { enterpriseId } });
