import { Input, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import type { Audience } from '@contract/catalog';
import { ServiceRows } from '@/features/service-catalog/components/service-row';
import { useServiceSearch } from '@/features/service-catalog/hooks/use-service-search';
import { useBrowseT } from '@/features/service-catalog/hooks/use-browse-t';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { ErrorAlert } from '@/shared/ui/error-alert';
import { PageShell } from '@/shared/ui/page-shell';
import { Section } from '@/shared/ui/section';
import '@/features/service-catalog/components/catalog.scss';

const EXAMPLES = ['社保卡', '身份证补办', 'gongjijin', 'jsz', '开公司', '异地就医'];
// Pinyin shortcuts (jsz = 驾驶证) show that search understands them; to an elder they read as noise.
const ELDER_EXAMPLES = EXAMPLES.filter((q) => !/^[a-z]+$/.test(q));

export default function SearchPage() {
  const t = useBrowseT();
  const { params } = useRouter<Record<string, string>>();
  const search = useServiceSearch(params.audience as Audience | undefined);
  const result = search.data;
  const examples = usePreferencesStore((s) => s.elderMode) ? ELDER_EXAMPLES : EXAMPLES;

  return (
    <PageShell title={t('search.title')}>
      <View className='search__bar'>
        <Input
          className='ui-field__input'
          id='search-input'
          focus
          confirmType='search'
          value={search.text}
          placeholder={t('home.searchPlaceholder')}
          aria-label={t('search.title')}
          nativeProps={{ 'aria-label': t('search.title') }}
          onInput={(e) => search.setText(e.detail.value)}
        />
      </View>
      {!search.query && (
        <Section title={t('search.tryThese')}>
          <View className='ui-chips'>
            {examples.map((q) => (
              <View key={q} className='ui-chip' role='button' onClick={() => search.setText(q)}>
                {q}
              </View>
            ))}
          </View>
        </Section>
      )}
      {search.query && <ErrorAlert error={search.error} onRetry={() => void search.reload()} />}
      {search.query && result && (
        <Section title={result.items.length > 0 ? t('search.results', { n: result.items.length }) : undefined}>
          <ServiceRows services={result.items} />
          {result.items.length === 0 && (
            <View className='ui-card' data-testid='search-empty'>
              <View>{t('search.none', { q: search.query })}</View>
              {result.suggestions.length > 0 && (
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
    </PageShell>
  );
}
