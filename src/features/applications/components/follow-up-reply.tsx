import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { Rating } from '@contract/applications';
import { useApplicationsT } from '@/features/applications/hooks/use-applications-t';
import { ReplyBox } from '@/shared/ui/reply-box';
import { useAnswerRatingFollowUp } from '@/features/applications/hooks/use-staff-applications';
import './applications.scss';

/** 差评回访: a rating of 2 stars or fewer waits for the department's answer to the applicant. */
export function FollowUpReply({ applicationId, rating }: { applicationId: string; rating: Rating }) {
  const t = useApplicationsT();
  const answer = useAnswerRatingFollowUp(applicationId);
  const followUp = rating.followUp;

  async function send(reply: string) {
    if (!(await answer.run(reply))) return false;
    void Taro.showToast({ title: t('staff.followUp.sent'), icon: 'success' });
    return true;
  }

  return (
    <View className='ui-card' data-testid='follow-up'>
      <View>{t('staff.followUp.score', { score: rating.score })}</View>
      {rating.comment && <View>{t('staff.followUp.comment', { comment: rating.comment })}</View>}
      {followUp?.status === 'answered' && <View className='ui-hint'>{t('staff.followUp.answered', { reply: followUp.reply ?? '' })}</View>}
      {followUp?.status === 'open' && (
        <ReplyBox
          id='follow-up-reply'
          label={t('staff.followUp.reply')}
          placeholder={t('staff.followUp.placeholder')}
          sendLabel={t('staff.followUp.send')}
          requiredMessage={t('staff.followUp.required')}
          onSend={send}
          error={answer.error}
          busy={answer.busy}
          sendTestId='follow-up-send'
        />
      )}
    </View>
  );
}
