import { View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import type { ApplicationStatus, CaseStatus } from '@contract/applications';
import { CaseRow } from '@/features/cases/components/case-row';
import { StaffApplicationRow } from '@/features/applications/components/staff-application-row';
import { useStaffApplicationQueue } from '@/features/applications/hooks/use-staff-applications';
import { useStaffCaseQueue } from '@/features/cases/hooks/use-staff-cases';
import { useStaffMembership } from '@/features/staff-desk/hooks/use-staff-membership';
import { CertificateStatusForm } from '@/features/staff-desk/components/certificate-status-form';
import { StaffAuditList } from '@/features/staff-desk/components/staff-audit-list';
import { desksOf, officeParts, type Desk } from '@/features/staff-desk/model/desks';
import { QUEUE_STATUSES } from '@/features/applications/model/transitions';
import { useCasesT } from '@/features/cases/hooks/use-cases-t';
import { useApplicationsT } from '@/features/applications/hooks/use-applications-t';
import { useStaffDeskT } from '@/features/staff-desk/hooks/use-staff-desk-t';
import { go } from '@/shared/platform/navigation';
import { Card, Section } from '@/shared/ui/section';
import { ErrorAlert } from '@/shared/ui/error-alert';
import { PageShell } from '@/shared/ui/page-shell';
import { Segmented } from '@/shared/ui/segmented';
import { SignInPrompt } from '@/shared/ui/sign-in-prompt';
import { SwitchRow } from '@/shared/ui/switch-row';
import '@/features/staff-desk/components/staff-desk.scss';

type CaseFilter = CaseStatus | 'all';
const CASE_FILTERS = ['open', 'replied', 'closed', 'all'] as const satisfies readonly CaseFilter[];

/**
 * 工作台: only the desks of the signed-in role — a reviewer's office queue, the hotline's 12345
 * cases, the 证照 officer's certificate status actions, a supervisor's region queue and audit.
 */
export default function StaffQueuePage() {
  const t = useStaffDeskT();
  // The queues show the words of the domains they list: application statuses and case statuses.
  const tApp = useApplicationsT();
  const tCase = useCasesT();
  const membership = useStaffMembership();
  const staff = membership.data?.staff ?? null;
  const desks = staff ? desksOf(staff.role) : [];
  const [chosen, setDesk] = useState<Desk | null>(null);
  const desk: Desk | null = chosen && desks.includes(chosen) ? chosen : (desks[0] ?? null);
  const [status, setStatus] = useState<ApplicationStatus>('submitted');
  const [followUpOnly, setFollowUpOnly] = useState(false);
  const [caseFilter, setCaseFilter] = useState<CaseFilter>('open');

  const apps = useStaffApplicationQueue(staff && desk === 'applications' ? (followUpOnly ? { followUp: 'open' } : { status }) : null);
  const cases = useStaffCaseQueue(staff && desk === 'cases' ? caseFilter : null);

  // Back from a review: the row may have moved to another status.
  useDidShow(() => {
    void apps.reload();
    void cases.reload();
  });

  return (
    <PageShell title={t('staff.title')}>
      {!membership.signedIn && (
        <Section>
          <SignInPrompt message={t('staff.needLogin')} />
        </Section>
      )}
      <ErrorAlert error={membership.error} onRetry={() => void membership.reload()} />
      {membership.signedIn && membership.data && !staff && (
        <Section>
          <View className='ui-card ui-empty' role='status' data-testid='not-staff'>
            {t('staff.notStaff')}
          </View>
        </Section>
      )}
      {staff && (
        <>
          <Section>
            <Card>
              <View data-testid='staff-identity'>{t('staff.signedInAs', { office: officeParts(staff).join(' · '), role: t(`staff.role.${staff.role}`) })}</View>
            </Card>
          </Section>
          {desk && desks.length > 1 && (
            <Section>
              <Segmented options={desks.map((d) => ({ value: d, label: t(`staff.tab.${d}`) }))} value={desk} onChange={setDesk} />
            </Section>
          )}
          {desk === 'applications' && (
            <>
              {!followUpOnly && (
                <Section>
                  <View className='staff-filter' data-testid='status-filter'>
                    <Segmented options={QUEUE_STATUSES.map((s) => ({ value: s, label: tApp(`staff.status.${s}`) }))} value={status} onChange={setStatus} />
                  </View>
                </Section>
              )}
              <Section>
                <SwitchRow label={t('staff.followUpOnly')} hint={t('staff.followUpOnlyHint')} checked={followUpOnly} onChange={setFollowUpOnly} testId='follow-up-filter' />
              </Section>
              <Section title={followUpOnly ? tApp('staff.followUpBadge') : tApp(`staff.status.${status}`)}>
                <ErrorAlert error={apps.error} onRetry={() => void apps.reload()} inline />
                {apps.loading && !apps.data && <View className='ui-card ui-empty'>{t('common.loading')}</View>}
                {apps.data?.items.length === 0 && <View className='ui-card ui-empty'>{t('staff.queueEmpty')}</View>}
                {apps.data?.items.map((item) => (
                  <StaffApplicationRow key={item.id} item={item} onOpen={() => go(`/packages/staff/pages/review/index?id=${item.id}`)} />
                ))}
              </Section>
            </>
          )}
          {desk === 'cases' && (
            <>
              <Section>
                <Segmented
                  options={CASE_FILTERS.map((s) => ({ value: s, label: s === 'all' ? t('staff.cases.all') : tCase(`cases.status.${s}`) }))}
                  value={caseFilter}
                  onChange={setCaseFilter}
                />
              </Section>
              <Section title={t('staff.tab.cases')}>
                <ErrorAlert error={cases.error} onRetry={() => void cases.reload()} inline />
                {cases.loading && !cases.data && <View className='ui-card ui-empty'>{t('common.loading')}</View>}
                {cases.data?.items.length === 0 && <View className='ui-card ui-empty'>{t('staff.cases.empty')}</View>}
                {cases.data?.items.map((item) => (
                  <CaseRow key={item.id} item={item} onOpen={() => go(`/packages/staff/pages/case/index?id=${item.id}`)} />
                ))}
              </Section>
            </>
          )}
          {desk === 'certificates' && (
            <Section title={t('staff.tab.certificates')}>
              <CertificateStatusForm />
            </Section>
          )}
          {desk === 'audit' && (
            <Section title={t('staff.tab.audit')}>
              <StaffAuditList />
            </Section>
          )}
        </>
      )}
    </PageShell>
  );
}
