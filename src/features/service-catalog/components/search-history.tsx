import { View } from '@tarojs/components';
import { useBrowseT } from '@/features/service-catalog/hooks/use-browse-t';
import { Button } from '@/shared/ui/button';
import { Icon } from '@/shared/ui/icon';
import { closeIcon } from '@/shared/ui/icons/search-icons';
import { Section } from '@/shared/ui/section';

interface SearchHistoryProps {
  items: string[];
  onPick: (query: string) => void;
  onForget: (query: string) => void;
  onClear: () => void;
}

/** Past searches on this phone: tap one to search again, × to remove it, or clear them all. */
export function SearchHistory({ items, onPick, onForget, onClear }: SearchHistoryProps) {
  const t = useBrowseT();
  if (items.length === 0) return null;
  return (
    <Section title={t('search.history')}>
      <View className='search-history' data-testid='search-history'>
        {items.map((q) => (
          <View key={q} className='search-history__item'>
            <View className='search-history__query' role='button' onClick={() => onPick(q)}>
              {q}
            </View>
            <View
              className='search-history__forget'
              role='button'
              aria-label={t('search.forget', { q })}
              onClick={() => onForget(q)}
              data-testid='search-history-forget'
            >
              <Icon glyph={closeIcon} tone='muted' size='s' />
            </View>
          </View>
        ))}
      </View>
      <Button variant='text' onClick={onClear} testId='search-history-clear'>
        {t('search.clearHistory')}
      </Button>
    </Section>
  );
}
