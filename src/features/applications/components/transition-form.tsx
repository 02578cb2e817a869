import { View } from '@tarojs/components';
import type { ApplicationStatus } from '@contract/applications';
import type { FormDefinition } from '@contract/form-engine';
import { useApplicationsT } from '@/features/applications/hooks/use-applications-t';
import { Button } from '@/shared/ui/button';
import { TextareaField } from '@/shared/ui/textarea-field';
import { useTransitionForm, type TransitionCallbacks } from '@/features/applications/hooks/use-transition-form';
import { correctableItems } from '@/features/applications/model/application-values';
import { allowedActions, needsReason, REASON_MAX } from '@/features/applications/model/transitions';
import './applications.scss';

interface TransitionFormProps extends TransitionCallbacks {
  applicationId: string;
  status: ApplicationStatus;
  isBundle: boolean;
  form: FormDefinition | undefined;
}

/** 受理 / 补正告知 / 办结 / 不予受理: only the actions the current status allows. */
export function TransitionForm({ applicationId, status, isBundle, form, onDone, onRefused }: TransitionFormProps) {
  const t = useApplicationsT();
  const f = useTransitionForm(applicationId, { onDone, onRefused });
  const actions = allowedActions(status, isBundle);

  if (isBundle) return <View className='ui-card ui-hint'>{t('staff.review.bundle')}</View>;
  if (actions.length === 0) return <View className='ui-card ui-hint'>{t('staff.review.noActions')}</View>;

  if (!f.action) {
    return (
      <View className='ui-card staff-actions'>
        {actions.map((a) => (
          <Button key={a} variant={a === 'reject' ? 'danger' : a === 'request_correction' ? 'secondary' : 'primary'} onClick={() => f.setAction(a)} testId={`action-${a}`}>
            {t(`staff.action.${a}`)}
          </Button>
        ))}
      </View>
    );
  }

  const items = f.action === 'request_correction' ? correctableItems(form) : [];
  const actionLabel = t(`staff.action.${f.action}`);
  return (
    <View className='ui-card' data-testid='transition-form'>
      <View className='ui-section__title' role='heading' aria-level={3}>
        {actionLabel}
      </View>
      {f.action === 'request_correction' && (
        <View className='ui-field' role='group' aria-labelledby='correction-fields-label'>
          <View className='ui-field__label' id='correction-fields-label'>
            {t('staff.fields.label')}
          </View>
          <View className='staff-checks'>
            {items.map((item) => {
              const checked = f.fields.includes(item.id);
              return (
                <View
                  key={item.id}
                  className={`ui-field__input staff-check${checked ? ' staff-check--on' : ''}`}
                  role='checkbox'
                  aria-checked={checked}
                  data-testid={`correct-${item.id}`}
                  onClick={() => f.toggleField(item.id)}
                >
                  <View className='staff-check__box' aria-hidden>
                    {checked ? '✓' : ''}
                  </View>
                  <View>{item.label}</View>
                </View>
              );
            })}
          </View>
          {f.errors.fields && (
            <View className='ui-field__error' role='alert' data-testid='fields-error'>
              {t('staff.fields.required')}
            </View>
          )}
        </View>
      )}
      {needsReason(f.action) && (
        <TextareaField
          id='transition-reason'
          label={t('staff.reason.label')}
          value={f.reason}
          maxlength={REASON_MAX}
          placeholder={t('staff.reason.placeholder')}
          error={f.errors.reason && (f.errors.reason === 'REQUIRED' ? t('staff.reason.required') : t('staff.reason.tooLong'))}
          errorTestId='reason-error'
          onChange={f.setReason}
        />
      )}
      {f.formError && (
        <View className='ui-field__error' role='alert'>
          {f.formError}
        </View>
      )}
      <View className='ui-actions'>
        <Button variant='secondary' onClick={() => f.setAction(null)} testId='transition-cancel'>
          {t('common.cancel')}
        </Button>
        <Button variant={f.action === 'reject' ? 'danger' : 'primary'} loading={f.busy} onClick={() => void f.submit()} testId='transition-submit'>
          {t('staff.action.confirm', { action: actionLabel })}
        </Button>
      </View>
    </View>
  );
}
