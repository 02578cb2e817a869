import { useEffect, useState } from 'react';
import type { Audience } from '@contract/catalog';
import { useApiQuery } from '@/shared/api/use-api-query';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { catalogKeys, searchServices } from '@/features/service-catalog/api/catalog-api';

const DEBOUNCE_MS = 150;

const OTHER_SIDE: Record<Audience, Audience> = { person: 'enterprise', enterprise: 'person' };

/**
 * Results while typing: a short debounce, and only the answer to the latest query is shown. When
 * nothing matches on the chosen side (个人 or 法人), the other side is asked too: "营业执照"
 * searched as a person is an enterprise's service, and the page offers to switch.
 */
export function useServiceSearch(audience: Audience) {
  const city = usePreferencesStore((s) => s.city);
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const result = useApiQuery(query ? catalogKeys.search(city, audience, query) : null, () => searchServices(query, audience, city));
  const other = OTHER_SIDE[audience];
  const askOther = query !== '' && result.data?.items.length === 0;
  const otherResult = useApiQuery(askOther ? catalogKeys.search(city, other, query) : null, () => searchServices(query, other, city));
  const otherItems = askOther ? (otherResult.data?.items ?? []) : [];
  return { text, setText, query, ...result, otherSide: otherItems.length > 0 ? { audience: other, items: otherItems } : null };
}
