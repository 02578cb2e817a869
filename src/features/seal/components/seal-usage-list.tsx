import { View } from '@tarojs/components';
import type { SealUsage } from '@contract/seal';
import { formatDateTime } from '@/shared/date/dayjs';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { useSealT } from '@/features/seal/hooks/use-seal-t';
import './seal.scss';

/** 用印记录: every stamp of the seal, newest first. */
export function SealUsageList({ usage }: { usage: readonly SealUsage[] }) {
  const t = useSealT();
  const lang = usePreferencesStore((s) => s.language);
  if (usage.length === 0) return <View className='ui-hint'>{t('seal.usageEmpty')}</View>;
  return (
    <View data-testid='seal-usage'>
      {usage.map((u) => (
        <View key={u.id} className='seal-row' data-testid='seal-usage-row'>
          <View>{u.documentName}</View>
          <View className='ui-hint'>
            {t('seal.usageRow', { who: u.stampedBy, role: t(`seal.role.${u.role}`), time: formatDateTime(u.stampedAt, lang), pages: u.pages })}
          </View>
        </View>
      ))}
    </View>
  );
}
