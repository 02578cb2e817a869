import { Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import { errorMessage } from '../../../shared/api/error-message';
import { useT } from '../../../shared/i18n/use-t';
import { usePreferencesStore } from '../../../shared/state/preferences-store';
import { Button } from '../../../shared/ui/button';
import './cases.scss';

interface ReplyBoxProps {
  label: string;
  /** Sends the reply; `close` only when the box offers 回复并办结 (staff). */
  onSend: (content: string, close: boolean) => Promise<void>;
  allowClose?: boolean;
}

export function ReplyBox({ label, onSend, allowClose = false }: ReplyBoxProps) {
  const t = useT();
  const lang = usePreferencesStore((s) => s.language);
  const [content, setContent] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState<'reply' | 'close' | null>(null);

  async function send(close: boolean) {
    if (content.trim() === '') {
      setError(t('cases.reply.required'));
      return;
    }
    setBusy(close ? 'close' : 'reply');
    setError(undefined);
    try {
      await onSend(content.trim(), close);
      setContent('');
    } catch (e) {
      setError(errorMessage(lang, e));
    } finally {
      setBusy(null);
    }
  }

  return (
    <View className='ui-card'>
      <View className='ui-field'>
        <View className='ui-field__label'>{label}</View>
        <Textarea
          className='ui-field__input case-textarea'
          id='case-reply'
          value={content}
          maxlength={1000}
          placeholder={t('cases.reply.placeholder')}
          aria-label={label}
            nativeProps={{ 'aria-label': label }}
          onInput={(e) => setContent(e.detail.value)}
        />
        {error && (
          <View className='ui-field__error' role='alert' data-testid='reply-error'>
            {error}
          </View>
        )}
      </View>
      <Button loading={busy === 'reply'} disabled={busy === 'close'} onClick={() => void send(false)} testId='case-reply-send'>
        {t('cases.reply.send')}
      </Button>
      {allowClose && (
        <Button variant='secondary' loading={busy === 'close'} disabled={busy === 'reply'} onClick={() => void send(true)} testId='case-reply-close'>
          {t('cases.reply.sendAndClose')}
        </Button>
      )}
    </View>
  );
}
