import { useState } from 'react';
import { PHOTOS_MAX } from '@/features/supervision/model/inspection-draft';
import { useConfirmRectification } from '@/features/supervision/hooks/use-confirm-rectification';
import { createUpload } from '@/features/supervision/api/supervision-api';
import { usePhotoUploads } from '@/shared/platform/use-photo-uploads';

export interface RectificationErrors {
  note?: 'REQUIRED';
  evidence?: 'REQUIRED';
}

/** The enterprise's 整改 answer: what was done, and photos or documents proving it. */
export function useRectificationForm(inspectionId: string) {
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<RectificationErrors>({});
  const evidence = usePhotoUploads(PHOTOS_MAX, createUpload);
  const confirm = useConfirmRectification(inspectionId);

  async function submit() {
    const found: RectificationErrors = {};
    if (note.trim().length < 2) found.note = 'REQUIRED';
    if (evidence.photos.length === 0) found.evidence = 'REQUIRED';
    setErrors(found);
    if (found.note || found.evidence) return undefined;
    return confirm.run({ note: note.trim(), evidenceUploadIds: evidence.photos.map((p) => p.uploadId) });
  }

  const changeNote = (value: string) => {
    setNote(value);
    setErrors((e) => ({ ...e, note: undefined }));
  };
  return { note, setNote: changeNote, errors, evidence, submit, busy: confirm.busy, error: confirm.error };
}
