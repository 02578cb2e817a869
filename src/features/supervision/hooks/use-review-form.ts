import { useState } from 'react';
import type { RequestBody } from '@contract/api';
import { chinaDate } from '@contract/working-days';
import { useApiMutation } from '@/shared/api/use-api-mutation';
import { reviewRectification, supervisionKeys } from '@/features/supervision/api/supervision-api';
import { DEADLINE_PRESETS, type DeadlinePreset } from '@/features/supervision/model/inspection-draft';

export type ReviewResult = RequestBody<'reviewRectification'>['result'];

/**
 * 复查 of a confirmed 整改 by the inspecting department: accepted, or not accepted with the note
 * the enterprise reads and the new deadline by which it rectifies again.
 */
export function useReviewForm(inspectionId: string) {
  const [note, setNote] = useState('');
  const [noteMissing, setNoteMissing] = useState(false);
  const [deadlineDays, setDeadlineDays] = useState<DeadlinePreset>(DEADLINE_PRESETS[0]);
  const review = useApiMutation((body: RequestBody<'reviewRectification'>) => reviewRectification(inspectionId, body), {
    // The office's list and this inspection show the review at once.
    invalidates: () => [supervisionKeys.office()],
  });

  async function submit(result: ReviewResult) {
    const missing = note.trim().length < 2;
    setNoteMissing(missing);
    if (missing) return undefined;
    const rectifyBy = result === 'not_accepted' ? chinaDate(Date.now() + deadlineDays * 86_400_000) : null;
    return review.run({ result, note: note.trim(), rectifyBy });
  }

  const changeNote = (value: string) => {
    setNote(value);
    setNoteMissing(false);
  };
  return { note, setNote: changeNote, noteMissing, deadlineDays, setDeadlineDays, submit, busy: review.busy, error: review.error };
}
