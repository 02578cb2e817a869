import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { isValidMobile } from '@contract/identity-numbers';
import { ApiClientError } from '@/shared/api/api-error';
import { errorMessage, fieldMessage } from '@/shared/api/error-message';
import { useApiMutation } from '@/shared/api/use-api-mutation';
import { translateFeature } from '@/shared/i18n/use-feature-t';
import { authMessages } from '@/features/auth/i18n/auth-messages';
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
  // What is caught here before any request; the server's answers come from the two mutations.
  const [invalid, setInvalid] = useState<{ phone?: string; code?: string }>({});
  const resendIn = useCountdown(resendAt);
  const sending = useApiMutation(sendSmsCode, {
    onSuccess: (res) => {
      setResendAt(Date.now() + res.resendAfter * 1000);
      void Taro.showToast({ title: translateFeature(authMessages, lang, 'login.codeSent'), icon: 'none' });
    },
  });
  const login = useApiMutation((v: { phone: string; code: string; consentVersion: string }) => loginWithSms(v.phone, v.code, v.consentVersion), {
    onSuccess: (session) => {
      signIn(session);
      void Taro.showToast({ title: translateFeature(authMessages, lang, 'login.success'), icon: 'success' });
      onSignedIn();
    },
  });

  // Asked again too soon (another tab, a reinstall): the button waits out the server's minute.
  useEffect(() => {
    if (sending.error instanceof ApiClientError && sending.error.code === 'SMS_SEND_TOO_FREQUENT') setResendAt(Date.now() + 60_000);
  }, [sending.error]);

  function startOver(): boolean {
    sending.reset();
    login.reset();
    if (!consentVersion) {
      setInvalid({});
      onConsentMissing();
      return false;
    }
    return true;
  }

  async function requestCode() {
    if (!startOver()) return;
    if (!isValidMobile(phone.trim())) {
      setInvalid({ phone: translateFeature(authMessages, lang, 'field.MOBILE_INVALID') });
      return;
    }
    setInvalid({});
    await sending.run(phone.trim());
  }

  async function submit() {
    if (!startOver() || !consentVersion) return;
    if (!isValidMobile(phone.trim())) {
      setInvalid({ phone: translateFeature(authMessages, lang, 'field.MOBILE_INVALID') });
      return;
    }
    if (!/^\d{6}$/.test(code.trim())) {
      setInvalid({ code: translateFeature(authMessages, lang, 'field.SMS_CODE_FORMAT') });
      return;
    }
    setInvalid({});
    await login.run({ phone: phone.trim(), code: code.trim(), consentVersion });
  }

  const sendPhoneError = sending.error ? fieldMessage(lang, sending.error, 'phone') : undefined;
  const errors = {
    phone: invalid.phone ?? sendPhoneError,
    code: invalid.code ?? (login.error ? errorMessage(lang, login.error) : undefined),
    form: sending.error && !sendPhoneError ? errorMessage(lang, sending.error) : undefined,
  };

  return { phone, setPhone, code, setCode, resendIn, busy: login.busy, errors, requestCode, submit };
}
