import { View } from '@tarojs/components';
import type { OverlapWarning } from '@contract/supervision-rules';
import { formatDate } from '@/shared/date/dayjs';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { useSupervisionT } from '@/features/supervision/hooks/use-supervision-t';
import { departmentKey, matterKey } from '@/features/supervision/model/labels';
import '@/features/supervision/components/supervision.scss';

/** 重复检查 / 多头检查 as the inspector fills in the form, before anything is recorded. */
export function OverlapWarnings({ warnings }: { warnings: readonly OverlapWarning[] }) {
  const t = useSupervisionT();
  const lang = usePreferencesStore((s) => s.language);
  if (warnings.length === 0) return null;
  return (
    <View className='sup-warning' role='alert' data-testid='overlap-warning'>
      {warnings.map((w) => (
        <View key={`${w.kind}-${w.inspectionId}`} data-kind={w.kind}>
          {w.kind === 'same_department'
            ? t('sup.warn.same_department', { departments: w.departments.map((d) => t(departmentKey(d))).join('、'), date: formatDate(w.recordedAt, lang) })
            : t('sup.warn.same_matter', { matters: w.matters.map((m) => t(matterKey(m))).join('、'), date: formatDate(w.recordedAt, lang) })}
        </View>
      ))}
      <View>{t('sup.warn.reasonHint')}</View>
    </View>
  );
}
