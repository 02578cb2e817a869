import { View } from '@tarojs/components';
import { Button } from '@/shared/ui/button';
import { ErrorAlert } from '@/shared/ui/error-alert';
import { Card, Section } from '@/shared/ui/section';
import { TextareaField } from '@/shared/ui/textarea-field';
import { useReviewForm } from '@/features/supervision/hooks/use-review-form';
import { useSupervisionT } from '@/features/supervision/hooks/use-supervision-t';

/** 复查: the inspector accepts the enterprise's 整改, or says what is still wrong, once. */
export function ReviewForm({ inspectionId }: { inspectionId: string }) {
  const t = useSupervisionT();
  const form = useReviewForm(inspectionId);
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
