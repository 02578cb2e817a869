import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CertificateFieldDef, OfflineBatch, TemplateFields } from '@contract/certificates';
import { useOnline } from '@/shared/platform/use-online';
import { useSessionStore } from '@/shared/state/session-store';
import { createPresentation, issueOfflineBatch } from '@/features/certificate-wallet/api/certificate-api';
import {
  OFFLINE_REFRESH_BELOW_SECONDS,
  readOfflineBatch,
  writeOfflineBatch,
  type CachedOfflineBatch,
} from '@/features/certificate-wallet/model/offline-batch-cache';
import { offlinePayload } from '@/features/certificate-wallet/model/offline-presentation';
import { disclosedKeys, type PresentationChoice } from '@/features/certificate-wallet/model/presentation-choice';

const nowSeconds = () => Math.floor(Date.now() / 1000);
const OFFLINE_BATCH_SIZE = 5;

export interface ShownPresentation {
  payload: string;
  exp: number;
  fields: string[];
  mode: 'online' | 'offline';
  photoDigest: boolean;
}

interface CertificateInfo {
  id: string;
  classCode: string;
  className: string;
  fields: CertificateFieldDef[];
  templates: TemplateFields;
}

/**
 * 亮证: online, a presentation the node signs for the chosen fields, valid 300 s and re-issued when
 * it runs out; offline (no network, or the holder's 离线亮证 switch), a code built on the phone from
 * the §3.2 batch fetched earlier while online. Templates disclose the fields the class catalogue
 * lists, so an offline code discloses what the same template does online.
 */
export function usePresentation(cert: CertificateInfo | null, choice: PresentationChoice | null, preferOffline: boolean) {
  const userId = useSessionStore((s) => s.profile?.userId) ?? null;
  const online = useOnline();
  const mode: 'online' | 'offline' = online && !preferOffline ? 'online' : 'offline';
  const [now, setNow] = useState(nowSeconds);
  const [shown, setShown] = useState<ShownPresentation | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [cached, setCached] = useState<CachedOfflineBatch | null>(() => (userId && cert ? readOfflineBatch(userId, cert.id, nowSeconds()) : null));
  const issuing = useRef(0);

  useEffect(() => {
    const timer = setInterval(() => setNow(nowSeconds()), 1000);
    return () => clearInterval(timer);
  }, []);

  useEffect(() => {
    setCached(userId && cert ? readOfflineBatch(userId, cert.id, nowSeconds()) : null);
  }, [userId, cert]);

  // Top the offline batch up in the background while online.
  const refreshBatch = useCallback(async () => {
    if (!userId || !cert) return;
    try {
      const batch: OfflineBatch = await issueOfflineBatch(cert.id, OFFLINE_BATCH_SIZE);
      const entry: CachedOfflineBatch = {
        batch,
        className: cert.className,
        fields: cert.fields.map((f) => ({ key: f.key, label: f.label, labelEn: f.labelEn, sensitive: f.sensitive, type: f.type })),
        templates: cert.templates,
        next: 0,
      };
      writeOfflineBatch(userId, entry);
      setCached(entry);
    } catch {
      // An online presentation still works; the holder can retry the offline batch later.
    }
  }, [userId, cert]);

  const batchLow = !cached || cached.batch.exp - now < OFFLINE_REFRESH_BELOW_SECONDS;
  useEffect(() => {
    if (online && batchLow && cert) void refreshBatch();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [online, cert?.id]);

  const issueOnline = useCallback(async () => {
    if (!cert || !choice) return;
    const mine = ++issuing.current;
    setBusy(true);
    try {
      const p = await createPresentation(cert.id, choice.kind === 'template' ? { template: choice.template } : { fields: choice.fields });
      if (mine !== issuing.current) return;
      setShown({ payload: p.payload, exp: p.exp, fields: p.fields, mode: 'online', photoDigest: p.photoDigest });
      setError(null);
    } catch (e) {
      if (mine === issuing.current) setError(e);
    } finally {
      if (mine === issuing.current) setBusy(false);
    }
  }, [cert, choice]);

  const buildOffline = useCallback(() => {
    issuing.current += 1;
    setBusy(false);
    if (!cert || !choice || !cached || !userId) {
      setShown(null);
      return;
    }
    const fields = disclosedKeys(cert.fields, choice, { templates: cert.templates, available: cached.batch.fieldNames });
    const index = cached.next % cached.batch.credentials.length;
    try {
      const payload = offlinePayload(cached.batch.credentials[index], fields);
      const next = { ...cached, next: cached.next + 1 };
      writeOfflineBatch(userId, next);
      setShown({ payload, exp: cached.batch.exp, fields, mode: 'offline', photoDigest: false });
      setError(null);
    } catch (e) {
      setError(e);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cert, choice, cached?.batch.exp, userId]);

  const choiceKey = choice ? JSON.stringify(choice) : null;
  useEffect(() => {
    if (!choiceKey) {
      setShown(null);
      return;
    }
    if (mode === 'online') void issueOnline();
    else buildOffline();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [choiceKey, mode, cert?.id, mode === 'offline' ? cached?.batch.exp : 0]);

  // An online presentation lives 300 s: issue the next one when it runs out.
  const expired = shown !== null && shown.exp <= now;
  useEffect(() => {
    if (expired && mode === 'online' && !busy) void issueOnline();
  }, [expired, mode, busy, issueOnline]);

  const secondsLeft = shown ? Math.max(0, shown.exp - now) : 0;
  const offlineAvailable = useMemo(() => cached !== null, [cached]);
  return { mode, shown: expired ? null : shown, secondsLeft, now, error, busy, offlineAvailable, offlineExp: cached?.batch.exp ?? null, retry: mode === 'online' ? issueOnline : buildOffline };
}
