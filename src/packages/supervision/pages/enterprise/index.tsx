import { View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { InspectionRow } from '@/features/supervision/components/inspection-row';
import { useEnterpriseInspections } from '@/features/supervision/hooks/use-enterprise-inspections';
import { useSupervisionT } from '@/features/supervision/hooks/use-supervision-t';
import { go } from '@/shared/platform/navigation';
import { ErrorAlert } from '@/shared/ui/error-alert';
import { PageShell } from '@/shared/ui/page-shell';
import { Card, Section } from '@/shared/ui/section';
import { SignInPrompt } from '@/shared/ui/sign-in-prompt';

/** 检查记录: every inspection on the enterprise's 企业码, by any department, with what to fix and by when. */
export default function EnterpriseInspectionsPage() {
  const t = useSupervisionT();
  const list = useEnterpriseInspections();
  // Back from confirming 整改: the row's status changed.
  useDidShow(() => void list.reload());
  return (
    <PageShell title={t('sup.enterprise.title')}>
      {!list.signedIn && (
        <Section>
          <SignInPrompt message={t('sup.enterprise.needLogin')} />
        </Section>
      )}
      {list.signedIn && (
        <Section>
          <Card>
            <View className='ui-hint'>{t('sup.enterprise.hint')}</View>
          </Card>
        </Section>
      )}
      <ErrorAlert error={list.error} onRetry={() => void list.reload()} />
      {list.data && (
        <Section>
          <Card>
            <View data-testid='enterprise-inspections'>
              {list.data.items.length === 0 && <View className='ui-hint'>{t('sup.enterprise.empty')}</View>}
              {list.data.items.map((item) => (
                <InspectionRow key={item.id} item={item} onOpen={() => go(`/packages/supervision/pages/detail/index?id=${item.id}`)} />
              ))}
            </View>
          </Card>
        </Section>
      )}
    </PageShell>
  );
}
