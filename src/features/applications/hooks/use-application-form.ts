import { useCallback, useEffect, useRef, useState } from 'react';
import type { FormDefinition, FormIssue, FormValues } from '@contract/form-engine';
import { prefill, pruneHidden, validateForm } from '@contract/form-engine';
import type { PrefillSources } from '@contract/forms';
import { chinaDate } from '@contract/working-days';
import { ApiClientError } from '@/shared/api/api-error';
import { useSessionStore } from '@/shared/state/session-store';
import { deleteDraft, getDraft, getPrefillSources, getServiceForm, saveDraft, submitApplication } from '@/features/applications/api/application-api';
import { newIdempotencyKey } from '@/shared/api/idempotency-key';
import { clearLocalDraft, readLocalDraft, writeLocalDraft } from '@/features/applications/model/local-draft';

/** The server copy of the draft follows the phone's after this quiet time. */
const SERVER_SAVE_DELAY_MS = 800;

export type SaveState = 'idle' | 'saved-locally' | 'saved' | 'offline';

interface Loaded {
  form: FormDefinition;
  sources: PrefillSources;
}

/**
 * Filling a service's form: pre-filled from the profile, enterprise and e-certificates, resumed
 * from the newest of the phone's and the server's draft, saved on every change, validated by the
 * same engine the server uses, and submitted once however often the button is pressed.
 */
export function useApplicationForm(serviceCode: string) {
  const userId = useSessionStore((s) => s.profile?.userId) ?? '';
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [values, setValues] = useState<FormValues>({});
  const [issues, setIssues] = useState<FormIssue[]>([]);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const idempotencyKey = useRef<string>('');
  const updatedAt = useRef<string>(new Date(0).toISOString());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      try {
        const [form, sources] = await Promise.all([getServiceForm(serviceCode), getPrefillSources()]);
        const local = readLocalDraft(userId, serviceCode);
        const remote = await getDraft(serviceCode).catch((e: unknown) => {
          if (e instanceof ApiClientError && (e.code === 'DRAFT_NOT_FOUND' || e.code === 'NOT_FOUND')) return null;
          throw e;
        });
        if (cancelled) return;
        const newest =
          remote && (!local || Date.parse(remote.updatedAt) > Date.parse(local.updatedAt))
            ? { values: remote.values as FormValues, updatedAt: remote.updatedAt }
            : local;
        idempotencyKey.current = local?.idempotencyKey ?? newIdempotencyKey();
        updatedAt.current = newest?.updatedAt ?? new Date(0).toISOString();
        setValues(prefill(form as FormDefinition, sources, newest?.values ?? {}));
        setLoaded({ form: form as FormDefinition, sources });
      } catch (e) {
        if (!cancelled) setLoadError(e);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [serviceCode, userId]);

  const persist = useCallback(
    (next: FormValues) => {
      const at = new Date().toISOString();
      updatedAt.current = at;
      writeLocalDraft(userId, serviceCode, { values: next, updatedAt: at, idempotencyKey: idempotencyKey.current });
      setSaveState('saved-locally');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        saveDraft(serviceCode, next as Record<string, unknown>, at)
          .then(() => setSaveState('saved'))
          .catch(() => setSaveState('offline'));
      }, SERVER_SAVE_DELAY_MS);
    },
    [serviceCode, userId],
  );

  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  const setValue = useCallback(
    (id: string, value: FormValues[string]) => {
      setValues((prev) => {
        const next = { ...prev, [id]: value };
        persist(next);
        return next;
      });
      setIssues((prev) => prev.filter((i) => i.path !== id));
    },
    [persist],
  );

  /** Validates on the phone first (same engine as the server), then submits; returns the new application id. */
  async function submit(): Promise<string | null> {
    if (!loaded) return null;
    const clean = pruneHidden(loaded.form, values);
    const local = validateForm(loaded.form, clean, { today: chinaDate(Date.now()), certificates: loaded.sources.certificates });
    setIssues(local);
    if (local.length > 0) return null;
    setSubmitting(true);
    setSubmitError(null);
    try {
      const application = await submitApplication(serviceCode, clean, idempotencyKey.current);
      if (timer.current) clearTimeout(timer.current);
      clearLocalDraft(userId, serviceCode);
      await deleteDraft(serviceCode).catch(() => undefined);
      return application.id;
    } catch (e) {
      if (e instanceof ApiClientError && e.issues.length > 0) setIssues(e.issues.map((i) => ({ path: i.path, code: i.code, ...(i.expected ? { expected: i.expected } : {}) })));
      // The key is kept: pressing again after a network failure cannot create a second application.
      setSubmitError(e);
      return null;
    } finally {
      setSubmitting(false);
    }
  }

  return {
    form: loaded?.form ?? null,
    certificates: loaded?.sources.certificates ?? [],
    loadError,
    values,
    setValue,
    issues,
    saveState,
    submitting,
    submitError,
    submit,
  };
}
