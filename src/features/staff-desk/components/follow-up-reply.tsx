import { Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { ApplicationDetail, Rating } from '../../../../types/applications';
import { errorMessage } from '../../../shared/api/error-message';
import { useT } from '../../../shared/i18n/use-t';
import { usePreferencesStore } from '../../../shared/state/preferences-store';
import { Button } from '../../../shared/ui/button';
import { answerRatingFollowUp } from '../api/staff-api';
import './staff-desk.scss';

/** 差评回访: a rating of 2 stars or fewer waits for the department's answer to the applicant. */
export function FollowUpReply({ applicationId, rating, onAnswered }: { applicationId: string; rating: Rating; onAnswered: (d: ApplicationDetail) => void }) {
  const t = useT();
  const lang = usePreferencesStore((s) => s.language);
  const [reply, setReply] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const followUp = rating.followUp;

  async function send() {
    if (reply.trim() === '') {
      setError(t('staff.followUp.required'));
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const detail = await answerRatingFollowUp(applicationId, reply.trim());
      setReply('');
      void Taro.showToast({ title: t('staff.followUp.sent'), icon: 'success' });
      onAnswered(detail);
    } catch (e) {
      setError(errorMessage(lang, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <View className='ui-card' data-testid='follow-up'>
      <View>{t('staff.followUp.score', { score: rating.score })}</View>
      {rating.comment && <View>{t('staff.followUp.comment', { comment: rating.comment })}</View>}
      {followUp?.status === 'answered' && <View className='ui-hint'>{t('staff.followUp.answered', { reply: followUp.reply ?? '' })}</View>}
      {followUp?.status === 'open' && (
        <View className='ui-field'>
          <View className='ui-field__label'>{t('staff.followUp.reply')}</View>
          <Textarea
            className='ui-field__input staff-textarea'
            id='follow-up-reply'
            value={reply}
            maxlength={1000}
            placeholder={t('staff.followUp.placeholder')}
            aria-label={t('staff.followUp.reply')}
            nativeProps={{ 'aria-label': t('staff.followUp.reply') }}
            onInput={(e) => setReply(e.detail.value)}
          />
          {error && (
            <View className='ui-field__error' role='alert'>
              {error}
            </View>
          )}
          <Button loading={busy} onClick={() => void send()} testId='follow-up-send'>
            {t('staff.followUp.send')}
          </Button>
        </View>
      )}
    </View>
  );
}
