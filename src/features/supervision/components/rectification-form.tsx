import { View } from '@tarojs/components';
import { Button } from '@/shared/ui/button';
import { ErrorAlert } from '@/shared/ui/error-alert';
import { Card, Section } from '@/shared/ui/section';
import { TextareaField } from '@/shared/ui/textarea-field';
import { useRectificationForm } from '@/features/supervision/hooks/use-rectification-form';
import { useSupervisionT } from '@/features/supervision/hooks/use-supervision-t';
import { PhotoPicker } from '@/features/supervision/components/photo-picker';
import { PHOTOS_MAX } from '@/features/supervision/model/inspection-draft';

/** 确认整改: the enterprise says what it did and shows it, once. */
export function RectificationForm({ inspectionId }: { inspectionId: string }) {
  const t = useSupervisionT();
  const form = useRectificationForm(inspectionId);
  return (
    <Section title={t('sup.rectify.title')}>
      <Card>
        <TextareaField
          id='rectification-note'
          label={t('sup.rectify.note')}
          placeholder={t('sup.rectify.notePlaceholder')}
          value={form.note}
          maxlength={1000}
          error={form.errors.note ? t('sup.form.required') : undefined}
          onChange={form.setNote}
        />
        <PhotoPicker
          label={t('sup.rectify.evidence', { count: form.evidence.photos.length, max: PHOTOS_MAX })}
          photos={form.evidence.photos}
          max={PHOTOS_MAX}
          uploading={form.evidence.uploading}
          error={form.evidence.error}
          onAdd={() => void form.evidence.add()}
          onRemove={form.evidence.remove}
          testId='rectification-photo'
        />
        {form.errors.evidence && (
          <View className='ui-field__error' role='alert'>
            {t('sup.rectify.evidenceRequired')}
          </View>
        )}
        <ErrorAlert error={form.error} inline />
        <Button loading={form.busy} onClick={() => void form.submit()} testId='rectification-submit'>
          {t('sup.rectify.submit')}
        </Button>
      </Card>
    </Section>
  );
}
