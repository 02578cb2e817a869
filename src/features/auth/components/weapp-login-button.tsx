import Taro from '@tarojs/taro';
import { useState } from 'react';
import { errorMessage } from '../../../shared/api/error-message';
import { useT } from '../../../shared/i18n/use-t';
import { usePreferencesStore } from '../../../shared/state/preferences-store';
import { useSessionStore } from '../../../shared/state/session-store';
import { Button } from '../../../shared/ui/button';
import { loginWithWeapp } from '../api/auth-api';

/** 微信一键登录: a Taro.login code exchanged by the server (code2session). Mini-program only. */
export function WeappLoginButton({ onSignedIn }: { onSignedIn: () => void }) {
  const t = useT();
  const lang = usePreferencesStore((s) => s.language);
  const signIn = useSessionStore((s) => s.signIn);
  const [busy, setBusy] = useState(false);

  async function login() {
    setBusy(true);
    try {
      const { code } = await Taro.login();
      signIn(await loginWithWeapp(code));
      onSignedIn();
    } catch (error) {
      void Taro.showToast({ title: errorMessage(lang, error), icon: 'none' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Button loading={busy} onClick={() => void login()}>
      {t('login.weapp')}
    </Button>
  );
}
