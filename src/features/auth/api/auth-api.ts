import { callApi } from '../../../shared/api/client';

export const sendSmsCode = (phone: string) => callApi('sendSmsCode', { body: { phone } });
export const loginWithSms = (phone: string, code: string) => callApi('loginWithSms', { body: { phone, code } });
export const loginWithWeapp = (code: string) => callApi('loginWithWeapp', { body: { code } });
export const logout = () => callApi('logout');
