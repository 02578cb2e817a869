import { callApi } from '@/shared/api/client';

const all = ['verifier'] as const;
export const verifierKeys = {
  all,
  membership: () => [...all, 'membership'] as const,
};

export const getVerifierMembership = () => callApi('getVerifierMembership');
export const resolveServiceCode = (payload: string) => callApi('resolveServiceCode', { body: { payload } });
export const getTrustLists = () => callApi('getTrustLists');
export const getTrustAnchors = () => callApi('getTrustAnchors');
export const listCertificateClasses = () => callApi('listCertificateClasses');
