import type { PresentationTemplate } from '../../../../types/certificates';
import { callApi } from '../../../shared/api/client';

export const listCertificateClasses = () => callApi('listCertificateClasses');
export const listMyCertificates = () => callApi('listMyCertificates');
/** The reauth token travels as a header only: it lives in the page's memory, never in storage. */
export const getMyCertificate = (id: string, reauthToken?: string | null) =>
  callApi('getMyCertificate', { params: { id }, headers: reauthToken ? { 'x-reauth-token': reauthToken } : {} });
export const sendReauthCode = () => callApi('sendReauthCode');
export const reauthenticate = (code: string) => callApi('reauthenticate', { body: { code } });
export const createPresentation = (id: string, choice: { template: PresentationTemplate } | { fields: string[] }) =>
  callApi('createPresentation', { params: { id }, body: choice });
export const issueOfflineBatch = (id: string, count: number) => callApi('issueOfflineBatch', { params: { id }, body: { count } });
export const reportCertificateLoss = (id: string) => callApi('reportCertificateLoss', { params: { id } });
export const listCertificateUsage = () => callApi('listCertificateUsage');
