import { useState } from 'react';
import type { RequestBody } from '@contract/api';
import { useApiMutation } from '@/shared/api/use-api-mutation';
import { reviewRectification, supervisionKeys } from '@/features/supervision/api/supervision-api';

export type ReviewResult = RequestBody<'reviewRectification'>['result'];

/** 复查 of a confirmed 整改 by the inspecting department: accepted or not, with the note the enterprise reads. */
export function useReviewForm(inspectionId: string) {
  const [note, setNote] = useState('');
  const [noteMissing, setNoteMissing] = useState(false);
  const review = useApiMutation((body: RequestBody<'reviewRectification'>) => reviewRectification(inspectionId, body), {
    // The office's list and this inspection show the review at once.
    invalidates: () => [supervisionKeys.office()],
  });

  async function submit(result: ReviewResult) {
    const missing = note.trim().length < 2;
    setNoteMissing(missing);
    if (missing) return undefined;
    return review.run({ result, note: note.trim() });
  }

  const changeNote = (value: string) => {
    setNote(value);
    setNoteMissing(false);
  };
  return { note, setNote: changeNote, noteMissing, submit, busy: review.busy, error: review.error };
}
