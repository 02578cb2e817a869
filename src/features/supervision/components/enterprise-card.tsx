import { View } from '@tarojs/components';
import type { SupervisedEnterprise } from '@contract/supervision';
import { Card } from '@/shared/ui/section';
import { useSupervisionT } from '@/features/supervision/hooks/use-supervision-t';
import '@/features/supervision/components/supervision.scss';

/** The enterprise as its 企业码 shows it: name, credit code, rating and licences. */
export function EnterpriseCard({ enterprise }: { enterprise: SupervisedEnterprise }) {
  const t = useSupervisionT();
  return (
    <Card>
      <View className='sup-enterprise__name' data-testid='sup-enterprise-name'>
        {enterprise.name}
      </View>
      <View className='ui-hint'>{t('sup.creditCode', { code: enterprise.creditCode })}</View>
      <View className='ui-hint'>{t('sup.creditRating', { rating: enterprise.creditRating })}</View>
      <View className='sup-row__meta' aria-label={t('sup.licences')} data-testid='sup-licences'>
        {enterprise.licences.length === 0 && <View className='ui-hint'>{t('sup.noLicences')}</View>}
        {enterprise.licences.map((licence) => (
          <View key={licence} className='ui-badge'>
            {licence}
          </View>
        ))}
      </View>
    </Card>
  );
}
