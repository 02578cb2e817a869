import { View } from '@tarojs/components';
import { useState } from 'react';
import { useApplicationsT } from '@/features/applications/hooks/use-applications-t';
import { Button } from '@/shared/ui/button';
import { ErrorAlert } from '@/shared/ui/error-alert';
import { TextareaField } from '@/shared/ui/textarea-field';
import { useReassignApplication, useStaffMembers } from '@/features/applications/hooks/use-staff-applications';
import './applications.scss';

interface ReassignFormProps {
  applicationId: string;
  assignedStaffId: string | null;
  onDone: () => void;
}

const REASSIGN_REASON_MAX = 500;

/** Supervisor: 改派 an application to one reviewer of the region (the server checks office and 回避). */
export function ReassignForm({ applicationId, assignedStaffId, onDone }: ReassignFormProps) {
  const t = useApplicationsT();
  const members = useStaffMembers();
  const reassign = useReassignApplication(applicationId);
  const [staffId, setStaffId] = useState<string | null>(assignedStaffId);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const reviewers = (members.data?.items ?? []).filter((m) => m.role === 'reviewer');

  async function submit() {
    setMissing(!staffId || !reason.trim());
    if (!staffId || !reason.trim()) return;
    if (await reassign.run({ staffId, reason: reason.trim() })) {
      setReason('');
      onDone();
    }
  }

  return (
    <View className='ui-card' data-testid='reassign-form'>
      <ErrorAlert error={members.error} onRetry={() => void members.reload()} inline />
      <View className='staff-checks' role='radiogroup' aria-label={t('staff.reassign.to')}>
        {reviewers.map((m) => (
          <View
            key={m.id}
            className={`ui-field__input staff-check${staffId === m.id ? ' staff-check--on' : ''}`}
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
      <TextareaField
        id='reassign-reason'
        label={t('staff.reassign.reason')}
        value={reason}
        maxlength={REASSIGN_REASON_MAX}
        error={missing ? t('staff.reassign.required') : undefined}
        onChange={setReason}
      />
      <ErrorAlert error={reassign.error} inline />
      <View className='ui-actions'>
        <Button loading={reassign.busy} onClick={() => void submit()} testId='reassign-submit'>
          {t('staff.reassign.submit')}
        </Button>
      </View>
    </View>
  );
}
