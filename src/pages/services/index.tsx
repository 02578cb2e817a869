import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { Audience } from '../../../types/catalog';
import { THEME_GLYPH, THEMES_BY_AUDIENCE } from '../../features/service-catalog/model/themes';
import { useT } from '../../shared/i18n/use-t';
import { PageShell } from '../../shared/ui/page-shell';
import { Section } from '../../shared/ui/section';
import { Segmented } from '../../shared/ui/segmented';

export default function ServicesPage() {
  const t = useT();
  const [audience, setAudience] = useState<Audience>('person');
  return (
    <PageShell tab title={t('services.title')}>
      <Section>
        <Segmented
          value={audience}
          onChange={setAudience}
          options={[
            { value: 'person', label: t('services.person') },
            { value: 'enterprise', label: t('services.enterprise') },
          ]}
        />
      </Section>
      <Section title={t('services.byTheme')}>
        <View className='ui-grid' data-testid='theme-grid'>
          {THEMES_BY_AUDIENCE[audience].map((theme) => (
            <View
              key={theme}
              className='ui-grid__item'
              role='button'
              onClick={() => void Taro.showToast({ title: t('common.comingSoon'), icon: 'none' })}
            >
              <View className='ui-grid__icon' aria-hidden>
                {THEME_GLYPH[theme]}
              </View>
              <View>{t(`theme.${theme}`)}</View>
            </View>
          ))}
        </View>
      </Section>
    </PageShell>
  );
}
