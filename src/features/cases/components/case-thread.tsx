import { View } from '@tarojs/components';
import { formatDateTime } from '@/shared/date/dayjs';
import { useCasesT } from '@/features/cases/hooks/use-cases-t';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import type { CaseDetail } from '@/features/cases/model/case-options';
import './cases.scss';

/** A 12345 case as both sides read it: what was reported, then the replies in order. */
export function CaseThread({ detail, viewer }: { detail: CaseDetail; viewer: 'citizen' | 'staff' }) {
  const t = useCasesT();
  const lang = usePreferencesStore((s) => s.language);
  return (
    <View>
      <View className='ui-card' data-testid='case-summary'>
        <View>
          <View className='ui-hint'>
            {t('cases.detail.number')}：{detail.number}
          </View>
          <View className='case-row__meta'>
            <View className='ui-badge'>{t(`cases.type.${detail.type}`)}</View>
            <View className='ui-badge'>{t(`cases.category.${detail.category}`)}</View>
            <View className={`ui-badge${detail.status === 'closed' ? ' ui-badge--success' : ''}`} data-testid='case-status' data-status={detail.status}>
              {t(`cases.status.${detail.status}`)}
            </View>
          </View>
        </View>
        <View className='ui-field__label'>{t('cases.detail.content')}</View>
        <View className='case-content' data-testid='case-content'>
          {detail.content}
        </View>
        {detail.place && <View className='ui-hint'>{t('cases.detail.place', { place: detail.place })}</View>}
        <View className='ui-hint'>{t('cases.detail.photos', { count: detail.photoIds.length })}</View>
        <View className='ui-hint'>{formatDateTime(detail.createdAt, lang)}</View>
      </View>
      <View className='ui-section__title case-replies-title' role='heading' aria-level={2}>
        {t('cases.detail.replies')}
      </View>
      {detail.replies.length === 0 && <View className='ui-card ui-hint'>{t('cases.detail.noReplies')}</View>}
      <View className={detail.replies.length > 0 ? 'ui-card' : ''} role='list' data-testid='case-replies'>
        {detail.replies.map((r, index) => (
          <View key={`${r.at}-${index}`} role='listitem' className={`case-reply${r.from === 'staff' ? ' case-reply--staff' : ''}`} data-testid={`case-reply-${r.from}`}>
            <View className='case-reply__who'>
              {r.from === 'staff'
                ? (r.staffName ?? t('cases.detail.fromStaff'))
                : viewer === 'citizen'
                  ? t('cases.detail.fromMe')
                  : t('cases.detail.fromCitizen')}
            </View>
            <View className='case-content'>{r.content}</View>
            <View className='ui-hint'>{formatDateTime(r.at, lang)}</View>
          </View>
        ))}
      </View>
    </View>
  );
}
