import { useState } from 'react';
import { ApiClientError } from '@/shared/api/api-error';
import { errorMessage } from '@/shared/api/error-message';
import { invalidateQueries } from '@/shared/api/use-api-query';
import { choosePhotos } from '@/shared/platform/choose-photos';
import { readFileBase64 } from '@/shared/platform/read-file-base64';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { caseKeys, createCase, createUpload } from '@/features/cases/api/cases-api';
import {
  hasErrors, PHOTOS_MAX, validateNewCase, type CaseCategory, type CaseDetail, type CaseType, type NewCaseErrors,
} from '@/features/cases/model/case-options';

export interface CasePhoto {
  uploadId: string;
  /** Local path (temp file or blob: URL), for the thumbnail only. */
  path: string;
}

export function useNewCaseForm(applicationId: string | undefined, onCreated: (created: CaseDetail) => void) {
  const lang = usePreferencesStore((s) => s.language);
  const [type, setType] = useState<CaseType>('complaint');
  const [category, setCategoryState] = useState<CaseCategory | null>(applicationId ? 'government_service' : null);
  const [content, setContentState] = useState('');
  const [place, setPlace] = useState('');
  const [photos, setPhotos] = useState<CasePhoto[]>([]);
  const [uploading, setUploading] = useState(false);
  const [errors, setErrors] = useState<NewCaseErrors>({});
  const [formError, setFormError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const setCategory = (value: CaseCategory) => {
    setCategoryState(value);
    setErrors((e) => ({ ...e, category: undefined }));
  };
  const setContent = (value: string) => {
    setContentState(value);
    setErrors((e) => ({ ...e, content: undefined }));
  };

  async function addPhotos() {
    const room = PHOTOS_MAX - photos.length;
    if (room <= 0) return;
    let paths: string[];
    try {
      paths = (await choosePhotos(room)).slice(0, room);
    } catch {
      return; // cancelled
    }
    setUploading(true);
    setFormError(undefined);
    try {
      for (const path of paths) {
        const file = await readFileBase64(path);
        const upload = await createUpload({ name: file.name, contentType: file.contentType, dataBase64: file.base64 });
        setPhotos((current) => (current.length < PHOTOS_MAX ? [...current, { uploadId: upload.id, path }] : current));
      }
    } catch (error) {
      setFormError(errorMessage(lang, error));
    } finally {
      setUploading(false);
    }
  }

  function removePhoto(uploadId: string) {
    setPhotos((current) => current.filter((p) => p.uploadId !== uploadId));
  }

  async function submit() {
    const found = validateNewCase({ type, category, content, place });
    setErrors(found);
    setFormError(undefined);
    if (hasErrors(found) || !category) return;
    setBusy(true);
    try {
      const created = await createCase({
        type,
        category,
        content: content.trim(),
        ...(place.trim() ? { place: place.trim() } : {}),
        photoIds: photos.map((p) => p.uploadId),
        ...(applicationId ? { applicationId } : {}),
      });
      void invalidateQueries(caseKeys.all);
      onCreated(created);
    } catch (error) {
      if (error instanceof ApiClientError && error.issueFor('content')) setErrors({ content: 'TOO_SHORT' });
      else setFormError(errorMessage(lang, error));
    } finally {
      setBusy(false);
    }
  }

  return {
    type, setType, category, setCategory, content, setContent, place, setPlace,
    photos, addPhotos, removePhoto, uploading, errors, formError, busy, submit,
  };
}
