import { Input, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { Audience } from '@contract/catalog';
import { SearchHistory } from '@/features/service-catalog/components/search-history';
import { ServiceRows } from '@/features/service-catalog/components/service-row';
import { useBrowseT } from '@/features/service-catalog/hooks/use-browse-t';
import { useModeAudience } from '@/features/service-catalog/hooks/use-mode-audience';
import { useSearchHistory } from '@/features/service-catalog/hooks/use-search-history';
import { useServiceSearch } from '@/features/service-catalog/hooks/use-service-search';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { Button } from '@/shared/ui/button';
import { ErrorAlert } from '@/shared/ui/error-alert';
import { Icon } from '@/shared/ui/icon';
import { closeIcon } from '@/shared/ui/icons/search-icons';
import { PageShell } from '@/shared/ui/page-shell';
import { Section } from '@/shared/ui/section';
import { Segmented } from '@/shared/ui/segmented';
import '@/features/service-catalog/components/catalog.scss';

// Pinyin shortcuts (jsz = 驾驶证) show that search understands them; to an elder they read as
// noise. English examples are words of more than one letter group, so they stay.
const forElders = (examples: string[]) => examples.filter((q) => !/^[a-z]+$/.test(q));

export default function SearchPage() {
  const t = useBrowseT();
  const { params } = useRouter<Record<string, string>>();
  const mode = useModeAudience();
  // 办事 passes the side it shows; otherwise the side the user acts for. Switching here only
  // changes what this search looks through, never whom the user acts for.
  const [audience, setAudience] = useState<Audience>(() => (params.audience === 'person' || params.audience === 'enterprise' ? params.audience : mode));
  const search = useServiceSearch(audience);
  const history = useSearchHistory();
  const result = search.data;
  const allExamples = t('search.examples').split('|');
  const examples = usePreferencesStore((s) => s.elderMode) ? forElders(allExamples) : allExamples;
  const sideName = (a: Audience) => t(a === 'person' ? 'services.person' : 'services.enterprise');

  return (
    <PageShell title={t('search.title')}>
      <View className='search__bar search-box'>
        <Input
          className='ui-field__input search-box__input'
          id='search-input'
          focus
          confirmType='search'
          value={search.text}
          placeholder={t('home.searchPlaceholder')}
          aria-label={t('search.title')}
          nativeProps={{ 'aria-label': t('search.title') }}
          onInput={(e) => search.setText(e.detail.value)}
          onConfirm={() => history.remember(search.text)}
        />
        {search.text !== '' && (
          <View className='search-box__clear' role='button' aria-label={t('search.clear')} onClick={() => search.setText('')} data-testid='search-clear'>
            <Icon glyph={closeIcon} tone='muted' size='s' />
          </View>
        )}
      </View>
      <Section>
        <Segmented
          value={audience}
          onChange={setAudience}
          options={[
            { value: 'person', label: sideName('person') },
            { value: 'enterprise', label: sideName('enterprise') },
          ]}
        />
      </Section>
      {!search.query && (
        <>
          <SearchHistory items={history.items} onPick={search.setText} onForget={history.forget} onClear={history.clear} />
          <Section title={t('search.tryThese')}>
            <View className='ui-chips'>
              {examples.map((q) => (
                <View key={q} className='ui-chip' role='button' onClick={() => search.setText(q)}>
                  {q}
                </View>
              ))}
            </View>
          </Section>
        </>
      )}
      {search.query && <ErrorAlert error={search.error} onRetry={() => void search.reload()} />}
      {search.query && result && (
        <Section title={result.items.length > 0 ? t('search.results', { n: result.items.length }) : undefined}>
          {/* Opening a result is what makes a search worth keeping. */}
          <ServiceRows services={result.items} onOpen={() => history.remember(search.query)} />
          {result.items.length === 0 && (
            <View className='ui-card' data-testid='search-empty'>
              <View>{t('search.noneOnSide', { q: search.query, side: sideName(audience) })}</View>
              {search.otherSide === null && result.suggestions.length > 0 && (
                <>
                  <View className='ui-hint'>{t('search.suggestions')}</View>
                  <View className='ui-chips'>
                    {result.suggestions.map((s) => (
                      <View key={s} className='ui-chip' role='button' onClick={() => search.setText(s)}>
                        {s}
                      </View>
                    ))}
                  </View>
                </>
              )}
            </View>
          )}
        </Section>
      )}
      {search.query && search.otherSide && (
        <Section title={t('search.otherSide', { side: sideName(search.otherSide.audience), n: search.otherSide.items.length })}>
          <View data-testid='search-other-side'>
            <ServiceRows services={search.otherSide.items.slice(0, 5)} onOpen={() => history.remember(search.query)} />
          </View>
          <View className='search__switch'>
            <Button variant='secondary' onClick={() => search.otherSide && setAudience(search.otherSide.audience)} testId='search-switch-side'>
              {t('search.switchSide', { side: sideName(search.otherSide.audience) })}
            </Button>
          </View>
        </Section>
      )}
    </PageShell>
  );
}
