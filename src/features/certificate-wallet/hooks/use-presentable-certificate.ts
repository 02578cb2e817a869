import { useEffect, useState } from 'react';
import type { CertificateFieldDef, TemplateFields } from '@contract/certificates';
import { getMyCertificate } from '@/features/certificate-wallet/api/certificate-api';
import { readOfflineBatch } from '@/features/certificate-wallet/model/offline-batch-cache';

export interface PresentableCertificate {
  id: string;
  classCode: string;
  className: string;
  fields: CertificateFieldDef[];
  templates: TemplateFields;
}

const toDef = (f: CertificateFieldDef): CertificateFieldDef => ({ key: f.key, label: f.label, labelEn: f.labelEn, sensitive: f.sensitive, type: f.type });

/**
 * What 亮证 needs of a certificate: its class and field definitions, never its values. Shown at
 * once from the offline batch when one is kept (亮证 must work without network), then from the
 * node. Not cached: the page fetches it per visit, like the certificate itself.
 */
export function usePresentableCertificate(id: string, userId: string | null) {
  const [certificate, setCertificate] = useState<PresentableCertificate | null>(() => {
    const cached = userId ? readOfflineBatch(userId, id, Math.floor(Date.now() / 1000)) : null;
    return cached ? { id, classCode: cached.batch.classCode, className: cached.className, fields: cached.fields, templates: cached.templates } : null;
  });
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    getMyCertificate(id)
      .then((d) => live && setCertificate({ id: d.id, classCode: d.classCode, className: d.className, fields: d.fields.map(toDef), templates: d.templates }))
      .catch((e: unknown) => live && setError(e));
    return () => {
      live = false;
    };
  }, [id]);

  return { certificate, error };
}
