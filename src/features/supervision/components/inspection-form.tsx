import { View } from '@tarojs/components';
import type { InspectionDetail, InspectionScan } from '@contract/supervision';
import {
  INSPECTION_RESULTS, INSPECTION_TASK_KINDS, SUPERVISION_DEPARTMENTS, type SupervisionDepartment,
} from '@contract/supervision-rules';
import { chinaDate } from '@contract/working-days';
import { Button } from '@/shared/ui/button';
import { ErrorAlert } from '@/shared/ui/error-alert';
import { FormField } from '@/shared/ui/form-field';
import { Card, Section } from '@/shared/ui/section';
import { Segmented } from '@/shared/ui/segmented';
import { TextareaField } from '@/shared/ui/textarea-field';
import { useInspectionForm } from '@/features/supervision/hooks/use-inspection-form';
import { useSupervisionT } from '@/features/supervision/hooks/use-supervision-t';
import { CheckChips } from '@/features/supervision/components/check-chips';
import { OverlapWarnings } from '@/features/supervision/components/overlap-warnings';
import { PhotoPicker } from '@/features/supervision/components/photo-picker';
import { DEADLINE_PRESETS, FINDINGS_MAX, PHOTOS_MAX, mattersFor, type DeadlinePreset } from '@/features/supervision/model/inspection-draft';
import { departmentKey, matterKey, resultKey } from '@/features/supervision/model/labels';

interface InspectionFormProps {
  scan: InspectionScan;
  own: SupervisionDepartment;
  onRecorded: (detail: InspectionDetail) => void;
}

/** 记录本次检查: task, departments (joint), matters, findings, result, deadline, photos, and a reason when it repeats. */
export function InspectionForm({ scan, own, onRecorded }: InspectionFormProps) {
  const t = useSupervisionT();
  const form = useInspectionForm(scan, own, onRecorded);
  const { draft, errors } = form;
  const today = Date.now();
  return (
    <Section title={t('sup.form.title')}>
      <Card>
        <View className='ui-field'>
          <View className='ui-field__label'>{t('sup.form.taskKind')}</View>
          <Segmented
            options={INSPECTION_TASK_KINDS.map((k) => ({ value: k, label: t(`sup.task.${k}`) }))}
            value={draft.taskKind}
            onChange={(taskKind) => form.update({ taskKind })}
          />
        </View>
        <FormField
          id='inspection-task-ref'
          label={t('sup.form.taskRef')}
          placeholder={t('sup.form.taskRefPlaceholder')}
          value={draft.taskRef}
          maxlength={64}
          error={errors.taskRef ? t('sup.form.required') : undefined}
          onChange={(taskRef) => form.update({ taskRef })}
        />
        <View className='ui-field__label'>{t('sup.form.departments')}</View>
        <CheckChips
          label={t('sup.form.departments')}
          options={SUPERVISION_DEPARTMENTS.map((d) => ({ value: d, label: t(departmentKey(d)), fixed: d === own }))}
          selected={draft.departments}
          onToggle={form.toggleDepartment}
          testId='inspection-departments'
        />
        <View className='ui-field__label'>{t('sup.form.matters')}</View>
        <CheckChips
          label={t('sup.form.matters')}
          options={mattersFor(draft.departments).map((m) => ({ value: m, label: t(matterKey(m)) }))}
          selected={draft.matters}
          onToggle={form.toggleMatter}
          testId='inspection-matters'
        />
        {errors.matters && (
          <View className='ui-field__error' role='alert' data-testid='inspection-matters-error'>
            {t('sup.form.mattersRequired')}
          </View>
        )}
        <TextareaField
          id='inspection-findings'
          label={t('sup.form.findings')}
          placeholder={t('sup.form.findingsPlaceholder')}
          value={draft.findings}
          maxlength={FINDINGS_MAX}
          size='tall'
          error={errors.findings ? t('sup.form.required') : undefined}
          onChange={(findings) => form.update({ findings })}
        />
        <View className='ui-field'>
          <View className='ui-field__label'>{t('sup.form.result')}</View>
          <Segmented
            options={INSPECTION_RESULTS.map((r) => ({ value: r, label: t(resultKey(r)) }))}
            value={draft.result}
            onChange={(result) => form.update({ result })}
          />
        </View>
        {draft.result === 'rectify' && (
          <View className='ui-field'>
            <View className='ui-field__label'>{t('sup.form.deadline')}</View>
            <Segmented
              options={DEADLINE_PRESETS.map((days) => ({
                value: String(days),
                label: t('sup.form.deadlineDays', { days, date: chinaDate(today + days * 86_400_000) }),
              }))}
              value={String(draft.deadlineDays)}
              onChange={(days) => form.update({ deadlineDays: Number(days) as DeadlinePreset })}
            />
          </View>
        )}
        <PhotoPicker
          label={t('sup.form.photos', { count: form.photos.photos.length, max: PHOTOS_MAX })}
          photos={form.photos.photos}
          max={PHOTOS_MAX}
          uploading={form.photos.uploading}
          error={form.photos.error}
          onAdd={() => void form.photos.add()}
          onRemove={form.photos.remove}
          testId='inspection-photo'
        />
        <OverlapWarnings warnings={form.warnings} />
        {form.warnings.length > 0 && (
          <TextareaField
            id='inspection-reason'
            label={t('sup.form.reason')}
            value={draft.repeatReason}
            maxlength={500}
            error={errors.repeatReason ? t('sup.form.reasonShort') : undefined}
            onChange={(repeatReason) => form.update({ repeatReason })}
          />
        )}
        <ErrorAlert error={form.error} inline />
        <Button loading={form.busy} onClick={() => void form.submit()} testId='inspection-submit'>
          {t('sup.form.submit')}
        </Button>
      </Card>
    </Section>
  );
}
