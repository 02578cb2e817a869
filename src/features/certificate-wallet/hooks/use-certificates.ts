import { useApiQuery } from '@/shared/api/use-api-query';
import { selectIsSignedIn, useSessionStore } from '@/shared/state/session-store';
import { certificateKeys, listCertificateClasses, listCertificateUsage, listMyCertificates } from '@/features/certificate-wallet/api/certificate-api';

/** My e-certificates, once the account is real-name verified (before that there are none to list). */
export function useMyCertificates(verifiedAt: string | null) {
  const signedIn = useSessionStore(selectIsSignedIn);
  return useApiQuery(signedIn && verifiedAt ? certificateKeys.mine(verifiedAt) : null, listMyCertificates, 0);
}

/** 用证记录: who saw which of my certificates' fields, and when. */
export function useCertificateUsage() {
  const signedIn = useSessionStore(selectIsSignedIn);
  return useApiQuery(signedIn ? certificateKeys.usage() : null, listCertificateUsage, 0);
}

/** Reference data that changes with a release, not during a visit: kept for the whole session. */
const CLASSES_MAX_AGE_MS = 24 * 60 * 60 * 1000;

/** The certificate classes' faces (colours, titles), for drawing a wallet's cards. */
export function useCertificateClasses() {
  return useApiQuery(certificateKeys.classes(), listCertificateClasses, CLASSES_MAX_AGE_MS);
}
