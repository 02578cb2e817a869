import { View } from '@tarojs/components';
import type { FormDefinition } from '@contract/form-engine';
import { hasFeatureMessage } from '@/shared/i18n/use-feature-t';
import { applicationMessages } from '@/features/applications/i18n/application-messages';
import { useApplicationsT } from '@/features/applications/hooks/use-applications-t';
import { describeValues, type MaterialDisplay } from '@/features/applications/model/application-values';
import './applications.scss';

/** 申请信息 as the reviewer reads it: the form's labels, option labels, materials in words. */
export function ApplicationValues({ form, values }: { form: FormDefinition | undefined; values: Record<string, unknown> }) {
  const t = useApplicationsT();
  const rows = describeValues(form, values, {
    yes: t('staff.value.yes'),
    no: t('staff.value.no'),
    files: (count) => t('staff.value.files', { count }),
  });
  const slotName = (id: string) => form?.materials.find((m) => m.id === id)?.name ?? id;
  const material = (id: string, m: MaterialDisplay) => {
    if (m.source === 'upload') return t('staff.value.files', { count: m.count });
    if (m.source === 'none') return t('staff.value.none');
    const key = `staff.cert.${m.certificateClass}`;
    return t('staff.value.certificate', { name: hasFeatureMessage(applicationMessages, key) ? t(key) : slotName(id) });
  };
  if (rows.length === 0) return <View className='ui-card ui-empty'>{t('staff.review.noValues')}</View>;
  return (
    <View className='ui-card' data-testid='application-values'>
      {rows.map((row) => (
        <View key={row.id} className='staff-kv'>
          <View className='staff-kv__label'>{row.label}</View>
          <View className='staff-kv__value'>{row.kind === 'field' ? row.text : material(row.id, row.material)}</View>
        </View>
      ))}
    </View>
  );
}
