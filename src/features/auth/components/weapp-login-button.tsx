import Taro from '@tarojs/taro';
import { useState } from 'react';
import { errorMessage } from '@/shared/api/error-message';
import { useT } from '@/shared/i18n/use-t';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { useSessionStore } from '@/shared/state/session-store';
import { Button } from '@/shared/ui/button';
import { loginWithWeapp } from '@/features/auth/api/auth-api';

interface WeappLoginButtonProps {
  /** The agreed policy version, or null: not agreed, so the button refuses (onConsentMissing). */
  consentVersion: string | null;
  onConsentMissing: () => void;
  onSignedIn: () => void;
}

/** 微信一键登录: a Taro.login code exchanged by the server (code2session). Mini-program only. */
export function WeappLoginButton({ consentVersion, onConsentMissing, onSignedIn }: WeappLoginButtonProps) {
  const t = useT();
  const lang = usePreferencesStore((s) => s.language);
  const signIn = useSessionStore((s) => s.signIn);
  const [busy, setBusy] = useState(false);

  async function login() {
    // No consent, no login code: the openid is personal information too.
    if (!consentVersion) {
      onConsentMissing();
      return;
    }
    setBusy(true);
    try {
      const { code } = await Taro.login();
      signIn(await loginWithWeapp(code, consentVersion));
      onSignedIn();
    } catch (error) {
      void Taro.showToast({ title: errorMessage(lang, error), icon: 'none' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Button loading={busy} onClick={() => void login()} testId='weapp-login'>
      {t('login.weapp')}
    </Button>
  );
}
