import { useRouter } from '@tarojs/taro';
import { InspectionDetailCard } from '@/features/supervision/components/inspection-detail-card';
import { RectificationForm } from '@/features/supervision/components/rectification-form';
import { ReviewForm } from '@/features/supervision/components/review-form';
import { useEnterpriseInspection } from '@/features/supervision/hooks/use-enterprise-inspection';
import { useOfficeInspection } from '@/features/supervision/hooks/use-office-inspection';
import { useSupervisionT } from '@/features/supervision/hooks/use-supervision-t';
import { selectIsSignedIn, useSessionStore } from '@/shared/state/session-store';
import { ErrorAlert } from '@/shared/ui/error-alert';
import { PageShell } from '@/shared/ui/page-shell';
import { Section } from '@/shared/ui/section';
import { SignInPrompt } from '@/shared/ui/sign-in-prompt';

/**
 * One inspection: for the inspector's office (`as=office`), which reviews (复查) a confirmed 整改
 * here, or for the inspected enterprise, which confirms 整改 here while it is due.
 */
export default function InspectionDetailPage() {
  const t = useSupervisionT();
  const { params } = useRouter<Record<string, string>>();
  const id = params.id ?? '';
  const asOffice = params.as === 'office';
  const signedIn = useSessionStore(selectIsSignedIn);
  const office = useOfficeInspection(id, signedIn && asOffice);
  const enterprise = useEnterpriseInspection(id, signedIn && !asOffice);
  const query = asOffice ? office : enterprise;
  const inspection = query.data;
  const canConfirm = !asOffice && inspection && (inspection.rectification === 'pending' || inspection.rectification === 'overdue');
  const canReview = asOffice && inspection && inspection.rectification === 'confirmed' && !inspection.review;

  return (
    <PageShell title={t('sup.detail.title')}>
      {!signedIn && (
        <Section>
          <SignInPrompt message={t('sup.enterprise.needLogin')} />
        </Section>
      )}
      <ErrorAlert error={query.error} onRetry={() => void query.reload()} />
      {inspection && <InspectionDetailCard inspection={inspection} />}
      {canConfirm && <RectificationForm inspectionId={inspection.id} />}
      {canReview && <ReviewForm inspectionId={inspection.id} />}
    </PageShell>
  );
}
