import { useState } from 'react';
import type { z } from 'zod';
import type { StaffCertificate } from '@contract/certificates';
import { errorMessage } from '@/shared/api/error-message';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { setCertificateStatus } from '@/features/staff-desk/api/staff-api';
import { validateCertificateStatus, type CertificateStatusChoice, type CertificateStatusErrors } from '@/features/staff-desk/model/desks';

/** 证照 officer: suspend (挂起), reinstate (恢复) or revoke (注销) one certificate, with the reason kept in its history. */
export function useCertificateStatusForm() {
  const lang = usePreferencesStore((s) => s.language);
  const [certificateId, setCertificateId] = useState('');
  const [status, setStatus] = useState<CertificateStatusChoice>('suspended');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<CertificateStatusErrors>({});
  const [formError, setFormError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<z.infer<typeof StaffCertificate> | null>(null);

  async function submit() {
    const found = validateCertificateStatus({ certificateId, reason });
    setErrors(found);
    setFormError(undefined);
    if (found.certificateId || found.reason) return;
    setBusy(true);
    try {
      setResult(await setCertificateStatus(certificateId.trim(), { status, reason: reason.trim() }));
      setReason('');
    } catch (error) {
      setResult(null);
      setFormError(errorMessage(lang, error));
    } finally {
      setBusy(false);
    }
  }

  return { certificateId, setCertificateId, status, setStatus, reason, setReason, errors, formError, busy, result, submit };
}
