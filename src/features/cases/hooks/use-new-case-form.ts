import { useState } from 'react';
import { ApiClientError } from '@/shared/api/api-error';
import { errorMessage } from '@/shared/api/error-message';
import { invalidateQueries } from '@/shared/api/use-api-query';
import { usePhotoUploads } from '@/shared/platform/use-photo-uploads';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { caseKeys, createCase, createUpload } from '@/features/cases/api/cases-api';
import {
  hasErrors, PHOTOS_MAX, validateNewCase, type CaseCategory, type CaseDetail, type CaseType, type NewCaseErrors,
} from '@/features/cases/model/case-options';

export function useNewCaseForm(applicationId: string | undefined, onCreated: (created: CaseDetail) => void) {
  const lang = usePreferencesStore((s) => s.language);
  const [type, setType] = useState<CaseType>('complaint');
  const [category, setCategoryState] = useState<CaseCategory | null>(applicationId ? 'government_service' : null);
  const [content, setContentState] = useState('');
  const [place, setPlace] = useState('');
  const photoUploads = usePhotoUploads(PHOTOS_MAX, createUpload);
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
    setFormError(undefined);
    await photoUploads.add();
  }

  async function submit() {
    const found = validateNewCase({ type, category, content, place });
    setErrors(found);
    setFormError(undefined);
    photoUploads.clearError();
    if (hasErrors(found) || !category) return;
    setBusy(true);
    try {
      const created = await createCase({
        type,
        category,
        content: content.trim(),
        ...(place.trim() ? { place: place.trim() } : {}),
        photoIds: photoUploads.photos.map((p) => p.uploadId),
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
    photos: photoUploads.photos,
    addPhotos,
    removePhoto: photoUploads.remove,
    uploading: photoUploads.uploading,
    errors,
    formError: formError ?? (photoUploads.error ? errorMessage(lang, photoUploads.error) : undefined),
    busy,
    submit,
  };
}
