import Taro from '@tarojs/taro';
import { useState } from 'react';
import { errorMessage } from '@/shared/api/error-message';
import { choosePhotos } from '@/shared/platform/choose-photos';
import { readFileBase64 } from '@/shared/platform/read-file-base64';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { createUpload } from '@/features/applications/api/application-api';

/**
 * Where each upload of this session came from on the phone (a temp file or a blob: URL), so the
 * person can look at what they sent before submitting. The server keeps the bytes private to
 * the owner and serves none back, so a file restored from a draft has no picture here.
 */
const localCopies = new Map<string, string>();

export function localCopyOf(uploadId: string): string | undefined {
  return localCopies.get(uploadId);
}

/** Photos of paper materials: chosen (camera or album), uploaded, checked by the server. */
export function useMaterialUpload() {
  const lang = usePreferencesStore((s) => s.language);
  const [busySlot, setBusySlot] = useState<string | null>(null);

  async function pick(slotId: string, remaining: number): Promise<string[]> {
    setBusySlot(slotId);
    try {
      const tempFilePaths = await choosePhotos(remaining);
      const ids: string[] = [];
      for (const path of tempFilePaths) {
        const file = await readFileBase64(path);
        const { id } = await createUpload(file.name, file.contentType, file.base64);
        localCopies.set(id, path);
        ids.push(id);
      }
      return ids;
    } catch (e) {
      const msg = (e as { errMsg?: string }).errMsg ?? '';
      if (!/cancel/i.test(msg)) void Taro.showToast({ title: errorMessage(lang, e), icon: 'none' });
      return [];
    } finally {
      setBusySlot(null);
    }
  }

  return { busySlot, pick };
}
