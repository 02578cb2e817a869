import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { EnterpriseCard } from '@/features/supervision/components/enterprise-card';
import { InspectionRow } from '@/features/supervision/components/inspection-row';
import { useSupervisionRecord } from '@/features/supervision/hooks/use-supervision-record';
import { useSupervisionT } from '@/features/supervision/hooks/use-supervision-t';
import { ErrorAlert } from '@/shared/ui/error-alert';
import { PageShell } from '@/shared/ui/page-shell';
import { Card, Section } from '@/shared/ui/section';

/** The public side of a 企业码: licences and the latest inspection results, for anyone. */
export default function SupervisionRecordPage() {
  const t = useSupervisionT();
  const { params } = useRouter<Record<string, string>>();
  const record = useSupervisionRecord((params.creditCode ?? '').toUpperCase());
  return (
    <PageShell title={t('sup.public.title')}>
      <ErrorAlert error={record.error} onRetry={() => void record.reload()} />
      {record.data && (
        <>
          <Section>
            <EnterpriseCard enterprise={record.data.enterprise} />
          </Section>
          <Section title={t('sup.public.latest')}>
            <Card>
              <View role={record.data.latest.length > 0 ? 'list' : undefined} data-testid='public-inspections'>
                {record.data.latest.length === 0 && <View className='ui-hint'>{t('sup.public.empty')}</View>}
                {record.data.latest.map((item) => (
                  <InspectionRow key={item.id} item={item} />
                ))}
              </View>
              <View className='ui-hint'>{t('sup.public.note')}</View>
            </Card>
          </Section>
        </>
      )}
    </PageShell>
  );
}
