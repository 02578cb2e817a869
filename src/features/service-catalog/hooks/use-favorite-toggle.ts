import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { errorMessage } from '@/shared/api/error-message';
import { useApiMutation } from '@/shared/api/use-api-mutation';
import { go } from '@/shared/platform/navigation';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { selectIsSignedIn, useSessionStore } from '@/shared/state/session-store';
import { addFavorite, catalogKeys, removeFavorite } from '@/features/service-catalog/api/catalog-api';

/** 收藏: the star turns at once, and turns back with the reason if the server refused. */
export function useFavoriteToggle(code: string, initiallyFavorite: boolean) {
  const lang = usePreferencesStore((s) => s.language);
  const signedIn = useSessionStore(selectIsSignedIn);
  const [favorite, setFavorite] = useState(initiallyFavorite);
  const saving = useApiMutation(
    async (next: boolean) => {
      await (next ? addFavorite(code) : removeFavorite(code));
      return next;
    },
    {
      invalidates: () => [catalogKeys.favorites()],
    },
  );

  useEffect(() => {
    if (saving.error) void Taro.showToast({ title: errorMessage(lang, saving.error), icon: 'none' });
  }, [lang, saving.error]);

  async function toggle() {
    if (!signedIn) {
      go('/packages/account/pages/login/index');
      return;
    }
    if (saving.busy) return;
    const next = !favorite;
    setFavorite(next);
    // A refused change puts the star back as the server still has it.
    if ((await saving.run(next)) === undefined) setFavorite(!next);
  }

  return { favorite, setFavorite, busy: saving.busy, toggle };
}
