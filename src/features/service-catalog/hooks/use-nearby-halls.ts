import { useEffect, useState } from 'react';
import type { CityCode } from '@contract/catalog';
import { useApiQuery } from '@/shared/api/use-api-query';
import { getLocation, type Position } from '@/shared/platform/location';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { catalogKeys, listHalls } from '@/features/service-catalog/api/catalog-api';

export type LocationState = 'asking' | 'granted' | 'denied';

/**
 * Halls nearest first when the user lets us read the position; otherwise the halls of the chosen
 * city (the user can pick another), so a denied permission never leaves an empty page.
 */
export function useNearbyHalls(service: string | undefined) {
  const preferredCity = usePreferencesStore((s) => s.city);
  const [city, setCity] = useState<CityCode>(preferredCity);
  const [position, setPosition] = useState<Position | null>(null);
  const [locationState, setLocationState] = useState<LocationState>('asking');

  useEffect(() => {
    let cancelled = false;
    getLocation().then(
      (p) => {
        if (cancelled) return;
        setPosition(p);
        setLocationState('granted');
      },
      () => {
        if (!cancelled) setLocationState('denied');
      },
    );
    return () => {
      cancelled = true;
    };
  }, []);

  const key =
    locationState === 'asking'
      ? null
      : catalogKeys.halls(service ?? null, position ? `${position.lat.toFixed(3)},${position.lng.toFixed(3)}` : city);
  const halls = useApiQuery(key, () =>
    listHalls(position ? { service, lat: position.lat, lng: position.lng } : { service, city }),
  );
  return { ...halls, city, setCity, position, locationState };
}
