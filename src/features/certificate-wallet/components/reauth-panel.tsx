import { View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { errorMessage } from '@/shared/api/error-message';
import { useWalletT } from '@/features/certificate-wallet/hooks/use-wallet-t';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { Button } from '@/shared/ui/button';
import { FormField } from '@/shared/ui/form-field';

interface ReauthPanelProps {
  sendCode: () => Promise<{ maskedPhone: string; resendAfter: number }>;
  reveal: (code: string) => Promise<unknown>;
  onCancel: () => void;
}

/** 显示完整信息: an SMS code to the account's own phone proves the holder is the one looking. */
export function ReauthPanel({ sendCode, reveal, onCancel }: ReauthPanelProps) {
  const t = useWalletT();
  const lang = usePreferencesStore((s) => s.language);
  const [maskedPhone, setMaskedPhone] = useState<string | null>(null);
  const [wait, setWait] = useState(0);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (wait <= 0) return undefined;
    const timer = setTimeout(() => setWait((w) => w - 1), 1000);
    return () => clearTimeout(timer);
  }, [wait]);

  async function send() {
    setError(null);
    try {
      const sent = await sendCode();
      setMaskedPhone(sent.maskedPhone);
      setWait(sent.resendAfter);
    } catch (e) {
      setError(errorMessage(lang, e));
    }
  }

  async function submit() {
    setBusy(true);
    setError(null);
    try {
      await reveal(code);
      setCode('');
    } catch (e) {
      setError(errorMessage(lang, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <View className='ui-card' data-testid='reauth-panel'>
      <View className='ui-hint'>{maskedPhone ? t('wallet.reauthSent', { phone: maskedPhone }) : t('wallet.reauthHint')}</View>
      <FormField
        id='reauth-code'
        label={t('wallet.reauthCode')}
        value={code}
        type='number'
        maxlength={6}
        onChange={(v) => setCode(v.replace(/\D/g, ''))}
        error={error ?? undefined}
        action={
          <Button variant='secondary' disabled={wait > 0} onClick={() => void send()} testId='reauth-send'>
            {wait > 0 ? t('wallet.reauthResend', { seconds: wait }) : t('wallet.reauthSend')}
          </Button>
        }
      />
      <View className='ui-actions'>
        <Button variant='secondary' onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button disabled={!/^\d{6}$/.test(code)} loading={busy} onClick={() => void submit()} testId='reauth-submit'>
          {t('common.confirm')}
        </Button>
      </View>
    </View>
  );
}
