import Taro from '@tarojs/taro';
import { useState } from 'react';
import { errorMessage } from '@/shared/api/error-message';
import { invalidateQueries } from '@/shared/api/use-api-query';
import { go } from '@/shared/platform/navigation';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { selectIsSignedIn, useSessionStore } from '@/shared/state/session-store';
import { addFavorite, catalogKeys, removeFavorite } from '@/features/service-catalog/api/catalog-api';

export function useFavoriteToggle(code: string, initiallyFavorite: boolean) {
  const lang = usePreferencesStore((s) => s.language);
  const signedIn = useSessionStore(selectIsSignedIn);
  const [favorite, setFavorite] = useState(initiallyFavorite);
  const [busy, setBusy] = useState(false);

  async function toggle() {
    if (!signedIn) {
      go('/packages/account/pages/login/index');
      return;
    }
    setBusy(true);
    const next = !favorite;
    setFavorite(next);
    try {
      await (next ? addFavorite(code) : removeFavorite(code));
      void invalidateQueries(catalogKeys.favorites());
    } catch (e) {
      setFavorite(!next);
      void Taro.showToast({ title: errorMessage(lang, e), icon: 'none' });
    } finally {
      setBusy(false);
    }
  }

  return { favorite, setFavorite, busy, toggle };
}
