import Taro from '@tarojs/taro';
import { useState } from 'react';
import { isValidMobile } from '@contract/identity-numbers';
import { ApiClientError } from '@/shared/api/api-error';
import { errorMessage, fieldMessage } from '@/shared/api/error-message';
import { translate } from '@/shared/i18n/i18n';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { useSessionStore } from '@/shared/state/session-store';
import { loginWithSms, sendSmsCode } from '@/features/auth/api/auth-api';
import { useCountdown } from './use-countdown';

/**
 * `consentVersion` null means the policies are not agreed: neither a code is sent (that would
 * process the phone number) nor a login made, and `onConsentMissing` tells the person why.
 */
export function useSmsLogin(onSignedIn: () => void, consentVersion: string | null, onConsentMissing: () => void) {
  const lang = usePreferencesStore((s) => s.language);
  const signIn = useSessionStore((s) => s.signIn);
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const [resendAt, setResendAt] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<{ phone?: string; code?: string; form?: string }>({});
  const resendIn = useCountdown(resendAt);

  async function requestCode() {
    if (!consentVersion) {
      onConsentMissing();
      return;
    }
    if (!isValidMobile(phone.trim())) {
      setErrors({ phone: translate(lang, 'field.MOBILE_INVALID') });
      return;
    }
    setErrors({});
    try {
      const res = await sendSmsCode(phone.trim());
      setResendAt(Date.now() + res.resendAfter * 1000);
      void Taro.showToast({ title: translate(lang, 'login.codeSent'), icon: 'none' });
    } catch (error) {
      if (error instanceof ApiClientError && error.code === 'SMS_SEND_TOO_FREQUENT') setResendAt(Date.now() + 60_000);
      setErrors({ phone: fieldMessage(lang, error, 'phone'), form: fieldMessage(lang, error, 'phone') ? undefined : errorMessage(lang, error) });
    }
  }

  async function submit() {
    if (!consentVersion) {
      onConsentMissing();
      return;
    }
    if (!isValidMobile(phone.trim())) {
      setErrors({ phone: translate(lang, 'field.MOBILE_INVALID') });
      return;
    }
    if (!/^\d{6}$/.test(code.trim())) {
      setErrors({ code: translate(lang, 'field.SMS_CODE_FORMAT') });
      return;
    }
    setBusy(true);
    setErrors({});
    try {
      signIn(await loginWithSms(phone.trim(), code.trim(), consentVersion));
      void Taro.showToast({ title: translate(lang, 'login.success'), icon: 'success' });
      onSignedIn();
    } catch (error) {
      setErrors({ code: errorMessage(lang, error) });
    } finally {
      setBusy(false);
    }
  }

  return { phone, setPhone, code, setCode, resendIn, busy, errors, requestCode, submit };
}
