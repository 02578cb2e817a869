import { Text, View } from '@tarojs/components';
import { useBrowseT } from '@/features/service-catalog/hooks/use-browse-t';
import './search-entry.scss';

interface SearchEntryProps {
  onOpen: () => void;
  testId: string;
  /** On 首页's blue banner a white pill; on 办事 a field like the search page's own. */
  look: 'banner' | 'field';
}

/**
 * The search box of 首页 and 办事: a tap anywhere opens the search page. It is drawn, not an
 * input — a disabled input swallows the tap in the browser, so only its border used to react.
 */
export function SearchEntry({ onOpen, testId, look }: SearchEntryProps) {
  const t = useBrowseT();
  return (
    <View
      className={`search-entry search-entry--${look}`}
      role='button'
      aria-label={t('search.title')}
      onClick={onOpen}
      data-testid={testId}
    >
      <Text className='search-entry__glyph' aria-hidden>
        ⌕
      </Text>
      <Text className='search-entry__placeholder'>{t('home.searchPlaceholder')}</Text>
    </View>
  );
}
