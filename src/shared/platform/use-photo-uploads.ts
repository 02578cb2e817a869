import { useState } from 'react';
import { choosePhotos } from '@/shared/platform/choose-photos';
import { readFileBase64 } from '@/shared/platform/read-file-base64';

export interface UploadedPhoto {
  uploadId: string;
  /** Local path (temp file or blob: URL), for the thumbnail only. */
  path: string;
}

interface PhotoFile {
  name: string;
  contentType: string;
  dataBase64: string;
}

/**
 * Photos taken or chosen on the spot, uploaded one by one (at most `max`) through `upload`, which
 * the feature passes in: each feature reaches the API through its own module.
 */
export function usePhotoUploads(max: number, upload: (file: PhotoFile) => Promise<{ id: string }>) {
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
        const uploaded = await upload({ name: file.name, contentType: file.contentType, dataBase64: file.base64 });
        setPhotos((current) => (current.length < max ? [...current, { uploadId: uploaded.id, path }] : current));
      }
    } catch (e) {
      setError(e);
    } finally {
      setUploading(false);
    }
  }

  const remove = (uploadId: string) => setPhotos((current) => current.filter((p) => p.uploadId !== uploadId));
  const clear = () => setPhotos([]);
  const clearError = () => setError(null);
  return { photos, uploading, error, add, remove, clear, clearError };
}
