import { View } from '@tarojs/components';
import { Button } from '@/shared/ui/button';
import { ErrorAlert } from '@/shared/ui/error-alert';
import { chinaDate } from '@contract/working-days';
import { Card, Section } from '@/shared/ui/section';
import { Segmented } from '@/shared/ui/segmented';
import { TextareaField } from '@/shared/ui/textarea-field';
import { useReviewForm } from '@/features/supervision/hooks/use-review-form';
import { useSupervisionT } from '@/features/supervision/hooks/use-supervision-t';
import { DEADLINE_PRESETS, type DeadlinePreset } from '@/features/supervision/model/inspection-draft';

/**
 * 复查: the inspector accepts the enterprise's 整改, or says what is still wrong and by when it is
 * rectified again (the 整改 reopens with that deadline).
 */
export function ReviewForm({ inspectionId }: { inspectionId: string }) {
  const t = useSupervisionT();
  const form = useReviewForm(inspectionId);
  const today = Date.now();
  return (
    <Section title={t('sup.review.title')}>
      <Card>
        <TextareaField
          id='review-note'
          label={t('sup.review.note')}
          placeholder={t('sup.review.notePlaceholder')}
          value={form.note}
          maxlength={1000}
          error={form.noteMissing ? t('sup.form.required') : undefined}
          onChange={form.setNote}
        />
        <View className='ui-field'>
          <View className='ui-field__label'>{t('sup.review.deadline')}</View>
          <Segmented
            options={DEADLINE_PRESETS.map((days) => ({
              value: String(days),
              label: t('sup.form.deadlineDays', { days, date: chinaDate(today + days * 86_400_000) }),
            }))}
            value={String(form.deadlineDays)}
            onChange={(days) => form.setDeadlineDays(Number(days) as DeadlinePreset)}
          />
        </View>
        <ErrorAlert error={form.error} inline />
        <View className='sup-review__actions'>
          <Button loading={form.busy} onClick={() => void form.submit('accepted')} testId='review-accept'>
            {t('sup.review.accept')}
          </Button>
          <Button variant='secondary' loading={form.busy} onClick={() => void form.submit('not_accepted')} testId='review-reject'>
            {t('sup.review.reject')}
          </Button>
        </View>
      </Card>
    </Section>
  );
}
