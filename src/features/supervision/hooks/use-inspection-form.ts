import { useMemo, useState } from 'react';
import type { InspectionDetail, InspectionScan } from '@contract/supervision';
import type { InspectionMatter, SupervisionDepartment } from '@contract/supervision-rules';
import {
  newDraft, PHOTOS_MAX, toggleDepartment, toggleMatter, toRecordBody, validateDraft, warningsFor, type DraftErrors, type InspectionDraft,
} from '@/features/supervision/model/inspection-draft';
import { createUpload } from '@/features/supervision/api/supervision-api';
import { usePhotoUploads } from '@/shared/platform/use-photo-uploads';
import { useRecordInspection } from '@/features/supervision/hooks/use-record-inspection';

/**
 * Recording an inspection from a scan: the draft, the photos, the repeat/overlap warnings as the
 * departments and matters change (the server's own rule), and the submission.
 */
export function useInspectionForm(scan: InspectionScan, own: SupervisionDepartment, onRecorded: (detail: InspectionDetail) => void) {
  const [draft, setDraft] = useState<InspectionDraft>(() => newDraft(own));
  const [errors, setErrors] = useState<DraftErrors>({});
  const photos = usePhotoUploads(PHOTOS_MAX, createUpload);
  const record = useRecordInspection();
  // The warning is judged at the time the form is filled; a few minutes either way do not move a 90-day window.
  const warnings = useMemo(() => warningsFor(scan.history, draft, Date.now()), [scan.history, draft]);

  const update = (change: Partial<InspectionDraft>) => {
    setDraft((d) => ({ ...d, ...change }));
    setErrors((e) => {
      const next = { ...e };
      for (const key of Object.keys(change)) delete next[key as keyof DraftErrors];
      return next;
    });
  };

  async function submit() {
    const found = validateDraft(draft, warnings);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const detail = await record.run(toRecordBody(draft, scan.scanId, photos.photos.map((p) => p.uploadId), warnings, Date.now()));
    if (detail) onRecorded(detail);
  }

  return {
    draft,
    errors,
    warnings,
    photos,
    update,
    toggleDepartment: (d: SupervisionDepartment) => setDraft((current) => toggleDepartment(current, own, d)),
    toggleMatter: (m: InspectionMatter) => {
      setDraft((current) => toggleMatter(current, m));
      setErrors((e) => ({ ...e, matters: undefined }));
    },
    submit,
    busy: record.busy,
    error: record.error,
  };
}
