import { View } from '@tarojs/components';
import { formatDateTime } from '@/shared/date/dayjs';
import { useCasesT } from '@/features/cases/hooks/use-cases-t';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import type { CaseDetail } from '@/features/cases/model/case-options';
import './cases.scss';

type CaseSummary = Omit<CaseDetail, 'content' | 'place' | 'photoIds' | 'replies'>;

export function CaseRow({ item, onOpen }: { item: CaseSummary; onOpen: () => void }) {
  const t = useCasesT();
  const lang = usePreferencesStore((s) => s.language);
  return (
    <View className='case-row' role='button' onClick={onOpen} data-testid='case-row' data-id={item.id}>
      <View className='case-row__title'>
        {t(`cases.type.${item.type}`)} · {t(`cases.category.${item.category}`)}
      </View>
      <View className='ui-hint'>{item.number}</View>
      <View className='case-row__meta'>
        <View className={`ui-badge${item.status === 'closed' ? ' ui-badge--success' : item.status === 'replied' ? ' ui-badge--accent' : ''}`} data-testid='case-row-status'>
          {t(`cases.status.${item.status}`)}
        </View>
        <View className='ui-hint'>{formatDateTime(item.updatedAt, lang)}</View>
      </View>
    </View>
  );
}
