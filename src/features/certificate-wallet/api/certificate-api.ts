import type { PresentationTemplate } from '@contract/certificates';
import { callApi } from '@/shared/api/client';

const all = ['certificates'] as const;
/**
 * Only lists and usage records are cached: a certificate's own values (masked or revealed) are
 * fetched per page and never kept (see use-certificate-detail).
 */
export const certificateKeys = {
  all,
  /** Real-name verification time is part of the key: a newly verified account sees its certificates at once. */
  mine: (verifiedAt: string) => [...all, 'mine', verifiedAt] as const,
  usage: () => [...all, 'usage'] as const,
  /** The catalogue of classes (names, issuers, face colours): reference data, the same for everyone. */
  classes: () => [...all, 'classes'] as const,
};

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
