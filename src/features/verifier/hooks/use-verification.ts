import { useCallback, useState } from 'react';
import type { VerificationResult } from '@contract/service-code';
import { useApiQuery } from '@/shared/api/use-api-query';
import { useOnline } from '@/shared/platform/use-online';
import { selectIsSignedIn, useSessionStore } from '@/shared/state/session-store';
import { getVerifierMembership, resolveServiceCode, verifierKeys } from '@/features/verifier/api/verifier-api';
import { loadCertificateClasses } from '@/features/verifier/model/certificate-classes';
import { loadTrustStore } from '@/features/verifier/model/trust-store';
import { verifyOffline } from '@/features/verifier/model/verify-offline';

export type VerificationSource = 'offline' | 'online';

/**
 * Checks a scanned payload. Everyone gets the offline check at once (signature, validity, the
 * masked identity printed in the code). A registered verifier that is online then resolves the
 * code with its node and sees what its scope allows; that answer replaces the offline one.
 */
export function useVerification() {
  const signedIn = useSessionStore(selectIsSignedIn);
  const online = useOnline();
  const membership = useApiQuery(signedIn ? verifierKeys.membership() : null, getVerifierMembership, 5 * 60_000);
  const organisation = membership.data?.organisation ?? null;
  const [result, setResult] = useState<{ value: VerificationResult; source: VerificationSource } | null>(null);
  const [busy, setBusy] = useState(false);

  const check = useCallback(
    async (payload: string) => {
      setBusy(true);
      try {
        const [store, classes] = await Promise.all([loadTrustStore(), loadCertificateClasses()]);
        const offline: VerificationResult = store
          ? await verifyOffline(payload, store, new Date(), classes)
          : { ok: false, reason: 'TRUST_LIST_STALE', kind: 'OTHER', iss: null, subject: null, attributes: {}, verifiedAt: new Date().toISOString() };
        setResult({ value: offline, source: 'offline' });
        if (organisation && online && offline.reason !== 'PREFIX' && offline.reason !== 'BASE45') {
          try {
            setResult({ value: await resolveServiceCode(payload.trim()), source: 'online' });
          } catch {
            // The offline answer stands when the node cannot be reached.
          }
        }
      } finally {
        setBusy(false);
      }
    },
    [organisation, online],
  );

  return { organisation, result, busy, check, reset: () => setResult(null) };
}
