import { View } from '@tarojs/components';
import { useAuthT } from '@/features/auth/hooks/use-auth-t';
import { Button } from '@/shared/ui/button';
import { FormField } from '@/shared/ui/form-field';
import { useSmsLogin } from '@/features/auth/hooks/use-sms-login';

interface SmsLoginFormProps {
  /** The agreed policy version, or null: the form refuses (onConsentMissing). */
  consentVersion: string | null;
  onConsentMissing: () => void;
  onSignedIn: () => void;
}

export function SmsLoginForm({ consentVersion, onConsentMissing, onSignedIn }: SmsLoginFormProps) {
  const t = useAuthT();
  const form = useSmsLogin(onSignedIn, consentVersion, onConsentMissing);
  return (
    <View>
      <FormField
        id='phone'
        label={t('login.phone')}
        type='number'
        maxlength={11}
        value={form.phone}
        placeholder={t('login.phonePlaceholder')}
        error={form.errors.phone}
        onChange={form.setPhone}
      />
      <FormField
        id='sms-code'
        label={t('login.code')}
        type='number'
        maxlength={6}
        value={form.code}
        placeholder={t('login.codePlaceholder')}
        error={form.errors.code}
        onChange={form.setCode}
        action={
          <Button variant='secondary' disabled={form.resendIn > 0} onClick={() => void form.requestCode()} testId='send-code'>
            {form.resendIn > 0 ? t('login.resendIn', { seconds: form.resendIn }) : t('login.sendCode')}
          </Button>
        }
      />
      {form.errors.form && (
        <View className='ui-field__error' role='alert'>
          {form.errors.form}
        </View>
      )}
      <Button loading={form.busy} onClick={() => void form.submit()} testId='login-submit'>
        {t('login.submit')}
      </Button>
    </View>
  );
}
