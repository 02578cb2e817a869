import Taro from '@tarojs/taro';
import { useState } from 'react';
import { isValidCreditCode } from '@contract/identity-numbers';
import { errorMessage, fieldMessage } from '@/shared/api/error-message';
import { translate } from '@/shared/i18n/i18n';
import { translateFeature } from '@/shared/i18n/use-feature-t';
import { enterpriseAuthorityMessages } from '@/features/profile/i18n/enterprise-authority-messages';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { useSessionStore } from '@/shared/state/session-store';
import { bindEnterprise, getProfile, setActingAs, unbindEnterprise } from '@/features/profile/api/profile-api';

export function useEnterprises() {
  const lang = usePreferencesStore((s) => s.language);
  const setProfile = useSessionStore((s) => s.setProfile);
  const [creditCode, setCreditCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  async function bind() {
    const code = creditCode.trim().toUpperCase();
    if (!isValidCreditCode(code)) {
      setError(translate(lang, 'field.CREDIT_CODE_INVALID'));
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await bindEnterprise(code);
      setProfile(await getProfile());
      setCreditCode('');
      void Taro.showToast({ title: translateFeature(enterpriseAuthorityMessages, lang, 'enterprise.bound'), icon: 'success' });
    } catch (e) {
      setError(fieldMessage(lang, e, 'creditCode') ?? errorMessage(lang, e));
    } finally {
      setBusy(false);
    }
  }

  async function run(action: () => Promise<unknown>) {
    try {
      await action();
      setProfile(await getProfile());
    } catch (e) {
      void Taro.showToast({ title: errorMessage(lang, e), icon: 'none' });
    }
  }

  return {
    creditCode,
    setCreditCode,
    busy,
    error,
    bind,
    actAs: (enterpriseId: string | null) => run(() => setActingAs(enterpriseId)),
    unbind: (enterpriseId: string) => run(() => unbindEnterprise(enterpriseId)),
  };
}
