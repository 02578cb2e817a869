import Taro from '@tarojs/taro';
import { useState } from 'react';
import { requirePrivacyAuthorization } from '@/shared/platform/privacy';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { CONSENT_VERSION } from '@/features/consent/model/policy-documents';
import { useConsentT } from './use-consent-t';

/**
 * The consent step of sign-in. The box starts unticked every time; ticking it also asks WeChat
 * for its privacy authorization, so both consents are given in the same gesture. `consentVersion`
 * is what the login request carries (null: not ticked, login must refuse); `record` keeps the
 * version on the device once sign-in succeeded.
 */
export function useConsentGate() {
  const t = useConsentT();
  const setConsentVersion = usePreferencesStore((s) => s.setConsentVersion);
  const [checked, setCheckedState] = useState(false);
  const [attention, setAttention] = useState(false);

  async function setChecked(next: boolean) {
    setCheckedState(next);
    if (!next) return;
    if (!(await requirePrivacyAuthorization())) setCheckedState(false);
  }

  function refuse() {
    setAttention(true);
    void Taro.showToast({ title: t('consent.required'), icon: 'none' });
  }

  return {
    checked,
    setChecked,
    attention,
    consentVersion: checked ? CONSENT_VERSION : null,
    refuse,
    record: () => setConsentVersion(CONSENT_VERSION),
  };
}
