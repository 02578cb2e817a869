import { Image, View } from '@tarojs/components';
import type { FormDefinition } from '@contract/form-engine';
import { hasFeatureMessage } from '@/shared/i18n/use-feature-t';
import { Button } from '@/shared/ui/button';
import { ErrorAlert } from '@/shared/ui/error-alert';
import { applicationMessages } from '@/features/applications/i18n/application-messages';
import { useApplicationsT } from '@/features/applications/hooks/use-applications-t';
import { useStaffMaterial } from '@/features/applications/hooks/use-staff-material';
import { describeValues, type MaterialDisplay } from '@/features/applications/model/application-values';
import './applications.scss';

/** One button per cited file: the reviewer checks the paper against what was typed in. */
function FileButtons({ uploadIds, label, material }: { uploadIds: string[]; label: string; material: ReturnType<typeof useStaffMaterial> }) {
  const t = useApplicationsT();
  return (
    <View className='staff-files'>
      {uploadIds.map((uploadId, i) => (
        <Button
          key={uploadId}
          variant='secondary'
          loading={material.opening === uploadId}
          testId='open-material'
          onClick={() => material.open(uploadId)}
        >
          {uploadIds.length > 1 ? t('staff.file.openNth', { label, n: i + 1 }) : t('staff.file.open', { label })}
        </Button>
      ))}
    </View>
  );
}

/** 申请信息 as the reviewer reads it: the form's labels, option labels, materials in words, and the files to open. */
export function ApplicationValues({ applicationId, form, values }: { applicationId: string; form: FormDefinition | undefined; values: Record<string, unknown> }) {
  const t = useApplicationsT();
  const material = useStaffMaterial(applicationId);
  const rows = describeValues(form, values, {
    yes: t('staff.value.yes'),
    no: t('staff.value.no'),
    files: (count) => t('staff.value.files', { count }),
  });
  const slotName = (id: string) => form?.materials.find((m) => m.id === id)?.name ?? id;
  const describe = (id: string, m: MaterialDisplay) => {
    if (m.source === 'upload') return t('staff.value.files', { count: m.count });
    if (m.source === 'none') return t('staff.value.none');
    const key = `staff.cert.${m.certificateClass}`;
    return t('staff.value.certificate', { name: hasFeatureMessage(applicationMessages, key) ? t(key) : slotName(id) });
  };
  if (rows.length === 0) return <View className='ui-card ui-empty'>{t('staff.review.noValues')}</View>;
  return (
    <View className='ui-card' data-testid='application-values'>
      {rows.map((row) => {
        const files = row.kind === 'field' ? row.uploadIds : row.material.source === 'upload' ? row.material.uploadIds : undefined;
        return (
          <View key={row.id} className='staff-kv' data-testid={`value-${row.id}`}>
            <View className='staff-kv__label'>{row.label}</View>
            <View className='staff-kv__value'>
              {row.kind === 'field' ? row.text : describe(row.id, row.material)}
              {files && files.length > 0 && <FileButtons uploadIds={files} label={row.label} material={material} />}
              {material.shown && files?.includes(material.shown.uploadId) && (
                <View className='staff-file' data-testid='material-shown'>
                  <Image className='staff-file__image' src={material.shown.src} mode='widthFix' nativeProps={{ alt: material.shown.name }} />
                  <View className='staff-file__caption'>
                    <View className='ui-hint'>{material.shown.name}</View>
                    <Button variant='secondary' onClick={material.close}>
                      {t('staff.file.close')}
                    </Button>
                  </View>
                </View>
              )}
            </View>
          </View>
        );
      })}
      <ErrorAlert error={material.error} inline />
    </View>
  );
}
