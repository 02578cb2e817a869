import Taro from '@tarojs/taro';
import { useState } from 'react';
import { errorMessage } from '@/shared/api/error-message';
import { go } from '@/shared/platform/navigation';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { useConsentT } from './use-consent-t';

interface AccountOperations {
  /** Ends the session on the server and on the device. */
  signOut: () => Promise<void>;
  /** 注销账号 on the server, then ends the session on the device; rejects when the server refuses. */
  deleteAccount: () => Promise<void>;
}

/**
 * 撤回同意 and 注销账号 (个人信息保护法 §15, §47). Withdrawal signs out and forgets the consent, so
 * the next sign-in asks again. The account operations come from the auth feature (the page wires
 * them in), so this feature owns the rules and the words, not the session.
 */
export function useAccountSecurity({ signOut, deleteAccount }: AccountOperations) {
  const t = useConsentT();
  const lang = usePreferencesStore((s) => s.language);
  const consentVersion = usePreferencesStore((s) => s.consentVersion);
  const setConsentVersion = usePreferencesStore((s) => s.setConsentVersion);
  const [busy, setBusy] = useState(false);

  async function confirm(title: string, content: string, confirmText?: string): Promise<boolean> {
    // H5's showModal rejects an undefined confirmText: leave the key out for the default 确定.
    const res = await Taro.showModal({ title, content, confirmColor: '#b42318', ...(confirmText ? { confirmText } : {}) });
    return res.confirm;
  }

  async function withdraw() {
    if (!(await confirm(t('security.withdrawTitle'), t('security.withdrawConfirm')))) return;
    setBusy(true);
    try {
      await signOut();
      setConsentVersion(null);
      void Taro.showToast({ title: t('security.withdrawn'), icon: 'none' });
      go('/pages/mine/index');
    } finally {
      setBusy(false);
    }
  }

  async function remove() {
    if (!(await confirm(t('security.deleteTitle'), t('security.deleteConfirm'), t('security.deleteConfirmAction')))) return;
    setBusy(true);
    try {
      await deleteAccount();
      setConsentVersion(null);
      void Taro.showToast({ title: t('security.deleted'), icon: 'none' });
      go('/pages/mine/index');
    } catch (error) {
      void Taro.showToast({ title: errorMessage(lang, error), icon: 'none' });
    } finally {
      setBusy(false);
    }
  }

  return { consentVersion, busy, withdraw, remove };
}
