import { View } from '@tarojs/components';
import { useState } from 'react';
import { errorMessage } from '@/shared/api/error-message';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { Button } from './button';
import { TextareaField } from './textarea-field';

export const REPLY_MAX = 1000;

interface ReplyBoxProps {
  id: string;
  label: string;
  placeholder: string;
  sendLabel: string;
  /** Shown when 发送 is tapped with nothing written. */
  requiredMessage: string;
  /** Resolves true once sent (the box empties); false keeps the text so it can be sent again. */
  onSend: (content: string, close: boolean) => Promise<boolean>;
  /** Why the last send failed, from the caller's mutation. */
  error: unknown;
  busy: boolean;
  sendTestId: string;
  /** A second button that answers and closes the thread (staff answering a 12345 case). */
  close?: { label: string; testId: string };
}

/** Writing into a thread: a citizen adding to a case, staff answering a case or a poor rating. */
export function ReplyBox({ id, label, placeholder, sendLabel, requiredMessage, onSend, error, busy, sendTestId, close }: ReplyBoxProps) {
  const lang = usePreferencesStore((s) => s.language);
  const [content, setContent] = useState('');
  const [missing, setMissing] = useState(false);
  const [closing, setClosing] = useState(false);

  async function send(andClose: boolean) {
    if (content.trim() === '') {
      setMissing(true);
      return;
    }
    setMissing(false);
    setClosing(andClose);
    if (await onSend(content.trim(), andClose)) setContent('');
  }

  const shownError = missing ? requiredMessage : error !== null && error !== undefined ? errorMessage(lang, error) : undefined;
  return (
    <View className='ui-card'>
      <TextareaField
        id={id}
        label={label}
        value={content}
        maxlength={REPLY_MAX}
        size='tall'
        placeholder={placeholder}
        error={shownError}
        onChange={(value) => {
          setContent(value);
          setMissing(false);
        }}
      />
      <Button loading={busy && !closing} disabled={busy && closing} onClick={() => void send(false)} testId={sendTestId}>
        {sendLabel}
      </Button>
      {close && (
        <Button variant='secondary' loading={busy && closing} disabled={busy && !closing} onClick={() => void send(true)} testId={close.testId}>
          {close.label}
        </Button>
      )}
    </View>
  );
}
