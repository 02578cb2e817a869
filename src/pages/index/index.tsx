import { Input, View } from '@tarojs/components';
import { useT } from '../../shared/i18n/use-t';
import { go } from '../../shared/platform/navigation';
import { usePreferencesStore } from '../../shared/state/preferences-store';
import { selectIsSignedIn, useSessionStore } from '../../shared/state/session-store';
import { PageShell } from '../../shared/ui/page-shell';
import { Section } from '../../shared/ui/section';
import { SwitchRow } from '../../shared/ui/switch-row';
import './index.scss';

export default function HomePage() {
  const t = useT();
  const elderMode = usePreferencesStore((s) => s.elderMode);
  const setElderMode = usePreferencesStore((s) => s.setElderMode);
  const signedIn = useSessionStore(selectIsSignedIn);
  const realName = useSessionStore((s) => s.profile?.realName);

  const quick = [
    { key: 'home.quick.code', icon: '码', url: '/pages/code/index' },
    { key: 'home.quick.wallet', icon: '证', url: '/pages/wallet/index' },
    { key: 'home.quick.applications', icon: '件', url: '/pages/services/index' },
    { key: 'home.quick.nearby', icon: '近', url: '/pages/services/index' },
  ] as const;

  return (
    <PageShell tab title={t('app.name')}>
      <View className='home__banner'>
        <View className='home__greeting' role='heading' aria-level={1}>
          {signedIn && realName ? t('home.greetingUser', { name: realName.maskedName }) : t('home.greeting')}
        </View>
        <View className='home__search' onClick={() => go('/pages/services/index')}>
          <Input className='home__search-input' disabled placeholder={t('home.searchPlaceholder')} aria-label={t('home.searchPlaceholder')} />
        </View>
      </View>
      <Section>
        <View className='ui-grid' data-testid='home-quick'>
          {quick.map((q) => (
            <View key={q.key} className='ui-grid__item' role='button' onClick={() => go(q.url)}>
              <View className='ui-grid__icon' aria-hidden>
                {q.icon}
              </View>
              <View>{t(q.key)}</View>
            </View>
          ))}
        </View>
      </Section>
      <Section>
        <SwitchRow
          label={t('home.elderMode')}
          hint={t('home.elderModeHint')}
          checked={elderMode}
          onChange={setElderMode}
          testId='home-elder-mode'
        />
      </Section>
      <Section title={t('home.chuanyu')}>
        <View className='ui-card'>
          <View className='ui-hint'>{t('home.chuanyuHint')}</View>
        </View>
      </Section>
    </PageShell>
  );
}
