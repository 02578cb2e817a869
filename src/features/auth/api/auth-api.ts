import { callApi } from '@/shared/api/client';

export const sendSmsCode = (phone: string) => callApi('sendSmsCode', { body: { phone } });
export const loginWithSms = (phone: string, code: string, consentVersion: string) =>
  callApi('loginWithSms', { body: { phone, code, consentVersion } });
export const loginWithWeapp = (code: string, consentVersion: string) => callApi('loginWithWeapp', { body: { code, consentVersion } });
export const logout = () => callApi('logout');
export const deleteAccount = () => callApi('deleteAccount');
