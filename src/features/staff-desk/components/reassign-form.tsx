import { Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import { listStaffMembers, reassignApplication } from '../api/staff-api';
import { errorMessage } from '../../../shared/api/error-message';
import { useApiQuery } from '../../../shared/api/use-api-query';
import { useT } from '../../../shared/i18n/use-t';
import { usePreferencesStore } from '../../../shared/state/preferences-store';
import { Button } from '../../../shared/ui/button';
import './staff-desk.scss';

interface ReassignFormProps {
  applicationId: string;
  assignedStaffId: string | null;
  onDone: () => void;
}

/** Supervisor: 改派 an application to one reviewer of the region (the server checks office and 回避). */
export function ReassignForm({ applicationId, assignedStaffId, onDone }: ReassignFormProps) {
  const t = useT();
  const lang = usePreferencesStore((s) => s.language);
  const members = useApiQuery('staff-members:', listStaffMembers, 300_000);
  const [staffId, setStaffId] = useState<string | null>(assignedStaffId);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const reviewers = (members.data?.items ?? []).filter((m) => m.role === 'reviewer');

  async function submit() {
    if (!staffId || !reason.trim()) {
      setError(t('staff.reassign.required'));
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await reassignApplication(applicationId, { staffId, reason: reason.trim() });
      setReason('');
      onDone();
    } catch (e) {
      setError(errorMessage(lang, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <View className='ui-card' data-testid='reassign-form'>
      <View className='staff-checks' role='radiogroup' aria-label={t('staff.reassign.to')}>
        {reviewers.map((m) => (
          <View
            key={m.id}
            className={`staff-check${staffId === m.id ? ' staff-check--on' : ''}`}
            role='radio'
            aria-checked={staffId === m.id}
            data-testid={`reassign-${m.id}`}
            onClick={() => setStaffId(m.id)}
          >
            <View className='staff-check__box' aria-hidden>
              {staffId === m.id ? '✓' : ''}
            </View>
            <View>{m.department ? `${m.name} · ${m.department}` : m.name}</View>
          </View>
        ))}
      </View>
      <View className='ui-field'>
        <View className='ui-field__label'>{t('staff.reassign.reason')}</View>
        <Textarea
          className='ui-field__input staff-textarea'
          id='reassign-reason'
          value={reason}
          maxlength={500}
          aria-label={t('staff.reassign.reason')}
          nativeProps={{ 'aria-label': t('staff.reassign.reason') }}
          onInput={(e) => setReason(e.detail.value)}
        />
      </View>
      {error && (
        <View className='ui-field__error' role='alert' data-testid='reassign-error'>
          {error}
        </View>
      )}
      <View className='ui-actions'>
        <Button loading={busy} onClick={() => void submit()} testId='reassign-submit'>
          {t('staff.reassign.submit')}
        </Button>
      </View>
    </View>
  );
}
