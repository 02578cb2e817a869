import { View } from '@tarojs/components';
import { useState } from 'react';
import type { Audience } from '@contract/catalog';
import { SearchEntry } from '@/features/service-catalog/components/search-entry';
import { TileIcon } from '@/features/service-catalog/components/tile-icon';
import { useDepartments } from '@/features/service-catalog/hooks/use-catalog';
import { useModeAudience } from '@/features/service-catalog/hooks/use-mode-audience';
import { LIFE_EVENTS_BY_AUDIENCE } from '@/features/service-catalog/model/life-events';
import { THEME_ICON, THEMES_BY_AUDIENCE } from '@/features/service-catalog/model/themes';
import { useBrowseT } from '@/features/service-catalog/hooks/use-browse-t';
import { go } from '@/shared/platform/navigation';
import { PageShell } from '@/shared/ui/page-shell';
import { Section } from '@/shared/ui/section';
import { Segmented } from '@/shared/ui/segmented';
import '@/features/service-catalog/components/catalog.scss';

type Browse = 'theme' | 'lifeEvent' | 'department';

export default function ServicesPage() {
  const t = useBrowseT();
  // Opens on the side the user acts for; switching here only changes what this page lists.
  const mode = useModeAudience();
  const [audience, setAudience] = useState<Audience>(mode);
  const [browse, setBrowse] = useState<Browse>('theme');
  const departments = useDepartments(audience);
  const list = (param: string) => go(`/packages/catalog/pages/list/index?audience=${audience}&${param}`);

  return (
    <PageShell tab title={t('services.title')}>
      <View className='search__bar'>
        <SearchEntry look='field' onOpen={() => go(`/packages/catalog/pages/search/index?audience=${audience}`)} testId='services-search' />
      </View>
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
      <Section>
        <View className='ui-chips' role='tablist'>
          {(['theme', 'lifeEvent', 'department'] as const).map((b) => (
            <View
              key={b}
              role='tab'
              aria-selected={b === browse}
              className={`ui-chip${b === browse ? ' ui-chip--active' : ''}`}
              onClick={() => setBrowse(b)}
            >
              {t(`services.by.${b}`)}
            </View>
          ))}
        </View>
      </Section>
      {browse === 'theme' && (
        <Section>
          <View className='ui-grid' data-testid='theme-grid'>
            {THEMES_BY_AUDIENCE[audience].map((theme) => (
              <View key={theme} className='ui-grid__item' role='link' onClick={() => list(`theme=${theme}`)}>
                <TileIcon glyph={THEME_ICON[theme]} />
                <View>{t(`theme.${theme}`)}</View>
              </View>
            ))}
          </View>
        </Section>
      )}
      {browse === 'lifeEvent' && (
        <Section>
          <View className='service-rows'>
            {LIFE_EVENTS_BY_AUDIENCE[audience].map((event) => (
              <View key={event} className='ui-list-item' role='link' onClick={() => list(`lifeEvent=${event}`)}>
                <View className='ui-list-item__label'>{t(`lifeEvent.${event}`)}</View>
                <View className='ui-list-item__arrow' aria-hidden>
                  ›
                </View>
              </View>
            ))}
          </View>
        </Section>
      )}
      {browse === 'department' && (
        <Section>
          <View className='service-rows'>
            {departments.data?.items.map((d) => (
              <View
                key={d.name}
                className='ui-list-item'
                role='link'
                onClick={() => list(`department=${encodeURIComponent(d.name)}`)}
              >
                <View className='ui-list-item__label'>{d.name}</View>
                <View className='ui-list-item__value'>{d.count}</View>
              </View>
            ))}
          </View>
        </Section>
      )}
    </PageShell>
  );
}
