import Taro from '@tarojs/taro';
import { useEffect } from 'react';
import { errorMessage } from '@/shared/api/error-message';
import { useApiMutation } from '@/shared/api/use-api-mutation';
import { useAuthT } from '@/features/auth/hooks/use-auth-t';
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
  const t = useAuthT();
  const lang = usePreferencesStore((s) => s.language);
  const signIn = useSessionStore((s) => s.signIn);
  const login = useApiMutation(
    async (version: string) => {
      const { code } = await Taro.login();
      return loginWithWeapp(code, version);
    },
    {
      onSuccess: (session) => {
        signIn(session);
        onSignedIn();
      },
    },
  );

  useEffect(() => {
    if (login.error) void Taro.showToast({ title: errorMessage(lang, login.error), icon: 'none' });
  }, [lang, login.error]);

  function start() {
    // No consent, no login code: the openid is personal information too.
    if (!consentVersion) {
      onConsentMissing();
      return;
    }
    void login.run(consentVersion);
  }

  return (
    <Button loading={login.busy} onClick={start} testId='weapp-login'>
      {t('login.weapp')}
    </Button>
  );
}
