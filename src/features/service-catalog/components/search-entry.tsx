import { Text, View } from '@tarojs/components';
import { useBrowseT } from '@/features/service-catalog/hooks/use-browse-t';
import { Icon } from '@/shared/ui/icon';
import { searchIcon } from '@/shared/ui/icons/service-icons';
import './search-entry.scss';

interface SearchEntryProps {
  onOpen: () => void;
  testId: string;
  /** On 首页's blue banner a white pill; on 办事 a field like the search page's own. */
  look: 'banner' | 'field';
}

/**
 * The search box of 首页 and 办事: a tap anywhere opens the search page. It is drawn, not an
 * input: a disabled input swallows the tap in the browser, so only its border used to react.
 * Its visible placeholder is its accessible name (no aria-label that could say something else),
 * and the placeholder wraps rather than being cut in 长辈版 on a narrow phone.
 */
export function SearchEntry({ onOpen, testId, look }: SearchEntryProps) {
  const t = useBrowseT();
  return (
    <View className={`search-entry search-entry--${look}`} role='button' onClick={onOpen} data-testid={testId}>
      <Icon glyph={searchIcon} tone='muted' size='s' />
      <Text className='search-entry__placeholder'>{t('home.searchPlaceholder')}</Text>
    </View>
  );
}
