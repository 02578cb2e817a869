import { View } from '@tarojs/components';
import { NoticeRow } from '@/features/notices/components/notice-strip';
import { useNotices } from '@/features/notices/hooks/use-notices';
import { useNoticesT } from '@/features/notices/hooks/use-notices-t';
import { go } from '@/shared/platform/navigation';
import { bellIcon } from '@/shared/ui/icons/account-icons';
import { ListStates } from '@/shared/ui/list-states';
import { PageShell } from '@/shared/ui/page-shell';
import { Section } from '@/shared/ui/section';
import '@/features/notices/components/notices.scss';

/** Every notice in force today, newest first. */
export default function NoticeListPage() {
  const t = useNoticesT();
  const list = useNotices();
  return (
    <PageShell title={t('notices.title')}>
      <Section>
        <ListStates
          signedIn
          signInMessage=''
          list={list}
          loadingLabel={t('common.loading')}
          empty={{
            glyph: bellIcon,
            title: t('notices.empty'),
            hint: t('notices.emptyHint'),
            action: { label: t('notices.emptyAction'), onClick: () => go('/pages/index/index') },
            testId: 'notices-empty',
          }}
        />
        {list.data && list.data.items.length > 0 && (
          <View className='notice-strip' data-testid='notices'>
            {list.data.items.map((n) => (
              <NoticeRow key={n.id} notice={n} />
            ))}
          </View>
        )}
      </Section>
    </PageShell>
  );
}
