import { useEffect, useState } from 'react';
import type { Audience } from '@contract/catalog';
import { useApiQuery } from '@/shared/api/use-api-query';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { catalogKeys, searchServices } from '@/features/service-catalog/api/catalog-api';

const DEBOUNCE_MS = 150;

/** Results while typing: a short debounce, and only the answer to the latest query is shown. */
export function useServiceSearch(audience?: Audience) {
  const city = usePreferencesStore((s) => s.city);
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const result = useApiQuery(query ? catalogKeys.search(city, audience ?? null, query) : null, () => searchServices(query, audience, city));
  return { text, setText, query, ...result };
}
