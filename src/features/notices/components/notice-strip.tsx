import { View } from '@tarojs/components';
import type { NoticeSummary } from '@contract/notices';
import { useNoticesT } from '@/features/notices/hooks/use-notices-t';
import { go } from '@/shared/platform/navigation';
import { Section } from '@/shared/ui/section';
import './notices.scss';

export const noticePath = (id: string) => `/packages/notices/pages/detail/index?id=${encodeURIComponent(id)}`;

/** One notice as a row: what kind it is, then its title, opening the notice. */
export function NoticeRow({ notice }: { notice: NoticeSummary }) {
  const t = useNoticesT();
  return (
    <View className='ui-list-item notice-row' role='link' onClick={() => go(noticePath(notice.id))} data-testid='notice-row'>
      <View className={`ui-badge notice-row__kind notice-row__kind--${notice.category}`}>{t(`notices.category.${notice.category}`)}</View>
      <View className='notice-row__title'>{notice.title}</View>
    </View>
  );
}

/**
 * 首页's 通知公告: the newest few notices stacked, each a link, and the way to all of them. It
 * never moves by itself (a marquee cannot be read to the end or stopped by a screen reader), and
 * it is not there at all while there is nothing in force.
 */
export function NoticeStrip({ notices, max }: { notices: readonly NoticeSummary[] | undefined; max: number }) {
  const t = useNoticesT();
  if (!notices || notices.length === 0) return null;
  return (
    <Section title={t('notices.title')}>
      <View className='notice-strip' data-testid='home-notices'>
        {notices.slice(0, max).map((n) => (
          <NoticeRow key={n.id} notice={n} />
        ))}
        {notices.length > max && (
          <View className='ui-list-item' role='link' onClick={() => go('/packages/notices/pages/list/index')} data-testid='home-notices-all'>
            <View className='ui-list-item__label'>{t('notices.all', { n: notices.length })}</View>
            <View className='ui-list-item__arrow' aria-hidden>
              ›
            </View>
          </View>
        )}
      </View>
    </Section>
  );
}
