import { View } from '@tarojs/components';
import { useState } from 'react';
import type { ConsultationAnswer } from '@contract/consultation';
import { go } from '@/shared/platform/navigation';
import { selectIsSignedIn, useSessionStore } from '@/shared/state/session-store';
import { Button } from '@/shared/ui/button';
import { ErrorAlert } from '@/shared/ui/error-alert';
import { TextareaField } from '@/shared/ui/textarea-field';
import { useConsultationT } from '@/features/consultation/hooks/use-consultation-t';
import { useCreateHotlineConsultation } from '@/features/consultation/hooks/use-create-hotline-consultation';
import './consultation.scss';

type Hotline = NonNullable<ConsultationAnswer['hotline']>;

/** What could not be answered goes to 12345 as a 咨询, the question already written; the resident may add to it. */
export function HotlineOffer({ hotline }: { hotline: Hotline }) {
  const t = useConsultationT();
  const signedIn = useSessionStore(selectIsSignedIn);
  const create = useCreateHotlineConsultation();
  const [open, setOpen] = useState(false);
  const [content, setContent] = useState(hotline.content);

  if (!open) {
    return (
      <Button onClick={() => setOpen(true)} testId='answer-hotline'>
        {t('consult.toHotline')}
      </Button>
    );
  }
  if (!signedIn) {
    return (
      <View className='ui-card' data-testid='hotline-sign-in'>
        <View>{t('consult.hotlineNeedLogin')}</View>
        <Button onClick={() => go('/packages/account/pages/login/index')}>{t('consult.signIn')}</Button>
      </View>
    );
  }
  const submit = async () => {
    const created = await create.run({ type: hotline.type, category: hotline.category, content: content.trim(), photoIds: [] });
    if (created) go(`/packages/cases/pages/detail/index?id=${encodeURIComponent(created.id)}`);
  };
  return (
    <View data-testid='hotline-form'>
      <TextareaField
        id='hotline-content'
        label={t('consult.hotlineContent')}
        value={content}
        maxlength={2000}
        error={content.trim().length < 5 ? t('consult.hotlineTooShort') : undefined}
        onChange={setContent}
      />
      <Button loading={create.busy} disabled={content.trim().length < 5} onClick={() => void submit()} testId='hotline-submit'>
        {t('consult.hotlineSubmit')}
      </Button>
      <ErrorAlert error={create.error} inline />
    </View>
  );
}
