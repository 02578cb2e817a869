import Taro from '@tarojs/taro';
import { useState } from 'react';
import { errorMessage } from '@/shared/api/error-message';
import { useApiQuery } from '@/shared/api/use-api-query';
import { choosePhotos } from '@/shared/platform/choose-photos';
import { keepLocalFile } from '@/shared/platform/local-file';
import { readFileBase64 } from '@/shared/platform/read-file-base64';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { applicationKeys, createUpload, getUploadContent } from '@/features/applications/api/application-api';

/** A file on this phone (a temp file, a user-data file or a blob: URL) an <Image> can show. */
export interface LocalFile {
  path: string;
  contentType: string;
}

/**
 * Where each upload of this session is on the phone, so the person can look at what they sent
 * before submitting: the file they picked, or the bytes fetched back for a draft restored after
 * a reload or on another device.
 */
const localCopies = new Map<string, LocalFile>();

/**
 * One uploaded file, ready to show: the local copy when there is one, otherwise its bytes fetched
 * once from the owner's own upload content and kept on the phone.
 */
export function useUploadedFile(uploadId: string) {
  const local = localCopies.get(uploadId);
  const fetched = useApiQuery(
    local ? null : applicationKeys.uploadContent(uploadId),
    async (): Promise<LocalFile> => {
      const { upload, dataBase64 } = await getUploadContent(uploadId);
      const kept = { path: keepLocalFile(`upload-${upload.id}`, upload.contentType, dataBase64), contentType: upload.contentType };
      localCopies.set(uploadId, kept);
      return kept;
    },
    Number.POSITIVE_INFINITY,
  );
  return { file: local ?? fetched.data, loading: fetched.loading, failed: Boolean(fetched.error) };
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
        localCopies.set(id, { path, contentType: file.contentType });
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
