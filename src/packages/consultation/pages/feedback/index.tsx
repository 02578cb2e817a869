import { useState } from 'react';
import { ErrorAlert } from '@/shared/ui/error-alert';
import { PageShell } from '@/shared/ui/page-shell';
import { Section } from '@/shared/ui/section';
import { Segmented } from '@/shared/ui/segmented';
import { FeedbackList } from '@/features/consultation/components/feedback-list';
import { useConsultationFeedback } from '@/features/consultation/hooks/use-consultation-feedback';
import { useConsultationT } from '@/features/consultation/hooks/use-consultation-t';
import { FEEDBACK_FILTERS, type FeedbackFilter } from '@/features/consultation/model/feedback-filter';

/** Back office: what residents asked 智能咨询, rated 没用 or left unanswered first (12345 desk, supervisors). */
export default function ConsultationFeedbackPage() {
  const t = useConsultationT();
  const [filter, setFilter] = useState<FeedbackFilter>('not_useful');
  const list = useConsultationFeedback(filter);
  return (
    <PageShell title={t('feedback.title')}>
      <Section>
        <Segmented options={FEEDBACK_FILTERS.map((value) => ({ value, label: t(`feedback.filter.${value}`) }))} value={filter} onChange={setFilter} />
        <ErrorAlert error={list.error} onRetry={() => void list.reload()} inline />
        {list.data && <FeedbackList list={list.data} />}
      </Section>
    </PageShell>
  );
}
