import { View } from '@tarojs/components';
import type { InspectionSummary } from '@contract/supervision';
import { formatDate } from '@/shared/date/dayjs';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { useSupervisionT } from '@/features/supervision/hooks/use-supervision-t';
import { departmentKey, matterKey, outcomeTone, rectificationKey, resultKey } from '@/features/supervision/model/labels';
import '@/features/supervision/components/supervision.scss';

type Row = Pick<InspectionSummary, 'id' | 'recordedAt' | 'taskKind' | 'departments' | 'matters' | 'result' | 'rectification'> &
  Partial<Pick<InspectionSummary, 'enterpriseName' | 'rectifyBy'>>;

/**
 * One inspection in a list: when, which departments, on what, the outcome and where 整改 stands.
 * `standalone` heads a single inspection's page, where it is no list's item.
 */
export function InspectionRow({ item, showEnterprise = false, onOpen, standalone = false }: { item: Row; showEnterprise?: boolean; onOpen?: () => void; standalone?: boolean }) {
  const t = useSupervisionT();
  const lang = usePreferencesStore((s) => s.language);
  return (
    <View className='sup-row' role={onOpen ? 'button' : standalone ? undefined : 'listitem'} onClick={onOpen} data-testid='inspection-row' data-id={item.id}>
      <View className='sup-row__title'>
        {showEnterprise && item.enterpriseName ? `${item.enterpriseName} · ` : ''}
        {item.departments.map((d) => t(departmentKey(d))).join('、')} · {item.matters.map((m) => t(matterKey(m))).join('、')}
      </View>
      <View className='sup-row__meta'>
        <View className={`ui-badge${outcomeTone(item.result, item.rectification)}`} data-testid='inspection-result'>
          {t(resultKey(item.result))}
        </View>
        {item.rectification !== 'not_required' && (
          <View className={`ui-badge${outcomeTone(item.result, item.rectification)}`} data-testid='inspection-rectification'>
            {t(rectificationKey(item.rectification))}
          </View>
        )}
        <View className='ui-hint'>
          {formatDate(item.recordedAt, lang)} · {t(`sup.task.${item.taskKind}`)}
          {item.rectifyBy && item.rectification !== 'confirmed' ? ` · ${t('sup.rectifyBy', { date: item.rectifyBy })}` : ''}
        </View>
      </View>
    </View>
  );
}
