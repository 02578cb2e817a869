import { useCallback, useEffect, useState } from 'react';
import type { ServiceSummary } from '@contract/catalog';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { listServices } from '@/features/service-catalog/api/catalog-api';
import type { ServiceFilter } from '@/features/service-catalog/model/service-filter';

/** A filtered catalogue list, page by page ("加载更多"). */
export function useServiceList(filter: ServiceFilter) {
  const city = usePreferencesStore((s) => s.city);
  const key = JSON.stringify({ ...filter, city });
  const [items, setItems] = useState<ServiceSummary[]>([]);
  const [total, setTotal] = useState(0);
  const [page, setPage] = useState(0);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(
    async (next: number) => {
      setLoading(true);
      try {
        const res = await listServices({ ...(JSON.parse(key) as ServiceFilter) }, next);
        setItems((prev) => (next === 1 ? res.items : [...prev, ...res.items]));
        setTotal(res.total);
        setPage(next);
        setError(null);
      } catch (e) {
        setError(e);
      } finally {
        setLoading(false);
      }
    },
    [key],
  );

  useEffect(() => {
    void load(1);
  }, [load]);

  return { items, total, loading, error, hasMore: items.length < total, loadMore: () => load(page + 1), reload: () => load(1) };
}
