import { useState } from 'react';
import type { ApplicationDetail, TransitionAction } from '@contract/applications';
import { ApiClientError } from '@/shared/api/api-error';
import { errorMessage } from '@/shared/api/error-message';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { invalidateQueries } from '@/shared/api/use-api-query';
import { applicationKeys, transitionApplication } from '@/features/applications/api/application-api';
import { transitionBody, validateTransition, type TransitionErrors } from '@/features/applications/model/transitions';

export interface TransitionCallbacks {
  onDone: (detail: ApplicationDetail, action: TransitionAction) => void;
  /** Someone else moved the application first (409 ILLEGAL_TRANSITION): it is fetched again. */
  onRefused: () => void;
}

export function useTransitionForm(applicationId: string, { onDone, onRefused }: TransitionCallbacks) {
  const lang = usePreferencesStore((s) => s.language);
  const [action, setActionState] = useState<TransitionAction | null>(null);
  const [reason, setReason] = useState('');
  const [fields, setFields] = useState<string[]>([]);
  const [errors, setErrors] = useState<TransitionErrors>({});
  const [formError, setFormError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  function setAction(next: TransitionAction | null) {
    setActionState(next);
    setErrors({});
    setFormError(undefined);
  }

  function toggleField(id: string) {
    setFields((current) => (current.includes(id) ? current.filter((f) => f !== id) : [...current, id]));
    setErrors((e) => ({ ...e, fields: undefined }));
  }

  async function submit() {
    if (!action) return;
    const draft = { action, reason, fields };
    const found = validateTransition(draft);
    setErrors(found);
    setFormError(undefined);
    if (found.reason || found.fields) return;
    setBusy(true);
    try {
      const detail = await transitionApplication(applicationId, transitionBody(draft));
      setActionState(null);
      setReason('');
      setFields([]);
      void invalidateQueries(applicationKeys.all);
      onDone(detail, action);
    } catch (error) {
      if (error instanceof ApiClientError && error.code === 'ILLEGAL_TRANSITION') {
        setActionState(null);
        void invalidateQueries(applicationKeys.all);
        onRefused();
      } else if (error instanceof ApiClientError && error.issueFor('reason')) {
        setErrors({ reason: 'REQUIRED' });
      } else {
        setFormError(errorMessage(lang, error));
      }
    } finally {
      setBusy(false);
    }
  }

  return { action, setAction, reason, setReason, fields, toggleField, errors, formError, busy, submit };
}
