import { useEffect, useState } from 'react';
import type { Audience } from '../../../../types/catalog';
import { useApiQuery } from '../../../shared/api/use-api-query';
import { usePreferencesStore } from '../../../shared/state/preferences-store';
import { searchServices } from '../api/catalog-api';

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
  const result = useApiQuery(query ? `search:${city}:${audience ?? ''}:${query}` : null, () => searchServices(query, audience, city));
  return { text, setText, query, ...result };
}
