import { ReplyBox } from '@/shared/ui/reply-box';
import { useCasesT } from '@/features/cases/hooks/use-cases-t';

interface CaseReplyBoxProps {
  label: string;
  onSend: (content: string, close: boolean) => Promise<boolean>;
  error: unknown;
  busy: boolean;
  /** The hotline may answer and close the case in one step; the citizen only adds to it. */
  allowClose?: boolean;
}

/** Adding to a 12345 case, from either side of it. */
export function CaseReplyBox({ label, onSend, error, busy, allowClose = false }: CaseReplyBoxProps) {
  const t = useCasesT();
  return (
    <ReplyBox
      id='case-reply'
      label={label}
      placeholder={t('cases.reply.placeholder')}
      sendLabel={t('cases.reply.send')}
      requiredMessage={t('cases.reply.required')}
      onSend={onSend}
      error={error}
      busy={busy}
      sendTestId='case-reply-send'
      close={allowClose ? { label: t('cases.reply.sendAndClose'), testId: 'case-reply-close' } : undefined}
    />
  );
}
