import { View } from '@tarojs/components';
import { formatDateTime } from '@/shared/date/dayjs';
import { useStaffDeskT } from '@/features/staff-desk/hooks/use-staff-desk-t';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { Button } from '@/shared/ui/button';
import { FormField } from '@/shared/ui/form-field';
import { Segmented } from '@/shared/ui/segmented';
import { TextareaField } from '@/shared/ui/textarea-field';
import { useCertificateStatusForm } from '@/features/staff-desk/hooks/use-certificate-status-form';
import { CERTIFICATE_REASON_MAX, CERTIFICATE_STATUS_CHOICES } from '@/features/staff-desk/model/desks';
import './staff-desk.scss';

/** 证照 desk: the status of one e-certificate of the officer's region, by its identifier. */
export function CertificateStatusForm() {
  const t = useStaffDeskT();
  const lang = usePreferencesStore((s) => s.language);
  const f = useCertificateStatusForm();
  return (
    <>
      <View className='ui-card' data-testid='certificate-status-form'>
        <FormField
          id='certificate-id'
          label={t('staff.certificate.id')}
          placeholder={t('staff.certificate.idPlaceholder')}
          value={f.certificateId}
          onChange={f.setCertificateId}
          error={f.errors.certificateId ? t('staff.certificate.idRequired') : undefined}
        />
        <View className='ui-field'>
          <View className='ui-field__label'>{t('staff.certificate.status')}</View>
          <Segmented
            options={CERTIFICATE_STATUS_CHOICES.map((s) => ({ value: s, label: t(`staff.certificate.action.${s}`) }))}
            value={f.status}
            onChange={f.setStatus}
          />
        </View>
        <TextareaField
          id='certificate-reason'
          label={t('staff.certificate.reason')}
          value={f.reason}
          maxlength={CERTIFICATE_REASON_MAX}
          placeholder={t('staff.certificate.reasonPlaceholder')}
          error={f.errors.reason && (f.errors.reason === 'REQUIRED' ? t('staff.certificate.reasonRequired') : t('staff.certificate.reasonTooLong'))}
          onChange={f.setReason}
        />
        {f.formError && (
          <View className='ui-field__error' role='alert' data-testid='certificate-status-error'>
            {f.formError}
          </View>
        )}
        <View className='ui-actions'>
          <Button variant={f.status === 'revoked' ? 'danger' : 'primary'} loading={f.busy} onClick={() => void f.submit()} testId='certificate-status-submit'>
            {t('staff.certificate.confirm', { action: t(`staff.certificate.action.${f.status}`) })}
          </Button>
        </View>
      </View>
      {f.result && (
        <View className='ui-card' role='status' data-testid='certificate-status-result'>
          <View className='ui-section__title'>
            {f.result.className} · {f.result.holderName}
          </View>
          <View>{t('staff.certificate.now', { status: t(`staff.certificate.state.${f.result.status}`) })}</View>
          {f.result.history.map((h, index) => (
            <View key={`${h.at}-${index}`} className='ui-hint'>
              {formatDateTime(h.at, lang)} · {h.staffName ?? ''} · {h.reason ?? ''}
            </View>
          ))}
        </View>
      )}
    </>
  );
}
