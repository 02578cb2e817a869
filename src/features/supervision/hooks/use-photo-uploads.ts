import { useState } from 'react';
import { choosePhotos } from '@/shared/platform/choose-photos';
import { readFileBase64 } from '@/shared/platform/read-file-base64';
import { createUpload } from '@/features/supervision/api/supervision-api';

export interface UploadedPhoto {
  uploadId: string;
  /** Local path (temp file or blob: URL), for the thumbnail only. */
  path: string;
}

/** Photos taken or chosen on the spot, uploaded one by one into the caller's uploads (at most `max`). */
export function usePhotoUploads(max: number) {
  const [photos, setPhotos] = useState<UploadedPhoto[]>([]);
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function add() {
    const room = max - photos.length;
    if (room <= 0) return;
    let paths: string[];
    try {
      paths = (await choosePhotos(room)).slice(0, room);
    } catch {
      return; // cancelled
    }
    setUploading(true);
    setError(null);
    try {
      for (const path of paths) {
        const file = await readFileBase64(path);
        const upload = await createUpload({ name: file.name, contentType: file.contentType, dataBase64: file.base64 });
        setPhotos((current) => (current.length < max ? [...current, { uploadId: upload.id, path }] : current));
      }
    } catch (e) {
      setError(e);
    } finally {
      setUploading(false);
    }
  }

  const remove = (uploadId: string) => setPhotos((current) => current.filter((p) => p.uploadId !== uploadId));
  const clear = () => setPhotos([]);
  return { photos, uploading, error, add, remove, clear };
}
