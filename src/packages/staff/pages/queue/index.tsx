import { View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import type { ApplicationStatus, CaseStatus } from '../../../../../types/applications';
import { CaseRow } from '../../../../features/cases/components/case-row';
import { listStaffApplications, listStaffCases } from '../../../../features/staff-desk/api/staff-api';
import { StaffApplicationRow } from '../../../../features/staff-desk/components/staff-application-row';
import { useStaffMembership } from '../../../../features/staff-desk/hooks/use-staff-membership';
import { QUEUE_STATUSES } from '../../../../features/staff-desk/model/transitions';
import { errorMessage } from '../../../../shared/api/error-message';
import { useApiQuery } from '../../../../shared/api/use-api-query';
import { useT } from '../../../../shared/i18n/use-t';
import { go } from '../../../../shared/platform/navigation';
import { usePreferencesStore } from '../../../../shared/state/preferences-store';
import { Card, Section } from '../../../../shared/ui/section';
import { ErrorAlert } from '../../../../shared/ui/error-alert';
import { PageShell } from '../../../../shared/ui/page-shell';
import { Segmented } from '../../../../shared/ui/segmented';
import { SignInPrompt } from '../../../../shared/ui/sign-in-prompt';
import { SwitchRow } from '../../../../shared/ui/switch-row';
import '../../../../features/staff-desk/components/staff-desk.scss';

type Desk = 'applications' | 'cases';
type CaseFilter = CaseStatus | 'all';
const CASE_FILTERS = ['open', 'replied', 'closed', 'all'] as const satisfies readonly CaseFilter[];

/** 工作台: the department's application queue and the 12345 hotline's cases. */
export default function StaffQueuePage() {
  const t = useT();
  const lang = usePreferencesStore((s) => s.language);
  const membership = useStaffMembership();
  const staff = membership.data?.staff ?? null;
  const [desk, setDesk] = useState<Desk>('applications');
  const [status, setStatus] = useState<ApplicationStatus>('submitted');
  const [followUpOnly, setFollowUpOnly] = useState(false);
  const [caseFilter, setCaseFilter] = useState<CaseFilter>('open');

  // The hotline seat starts on the cases it answers.
  useEffect(() => {
    if (staff?.role === 'hotline') setDesk('cases');
  }, [staff?.role]);

  const appsKey = staff && desk === 'applications' ? `staff-apps:${followUpOnly ? 'follow-up' : status}` : null;
  const apps = useApiQuery(appsKey, () => listStaffApplications(followUpOnly ? { followUp: 'open' } : { status }), 0);
  const casesKey = staff && desk === 'cases' ? `staff-cases:${caseFilter}` : null;
  const cases = useApiQuery(casesKey, () => listStaffCases(caseFilter === 'all' ? {} : { status: caseFilter }), 0);

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
      <ErrorAlert error={membership.error} />
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
              <View data-testid='staff-identity'>{t('staff.signedInAs', { name: staff.name, office: staff.office })}</View>
            </Card>
          </Section>
          <Section>
            <Segmented
              options={[
                { value: 'applications', label: t('staff.tab.applications') },
                { value: 'cases', label: t('staff.tab.cases') },
              ]}
              value={desk}
              onChange={setDesk}
            />
          </Section>
          {desk === 'applications' && (
            <>
              {!followUpOnly && (
                <Section>
                  <View className='staff-filter' data-testid='status-filter'>
                    <Segmented options={QUEUE_STATUSES.map((s) => ({ value: s, label: t(`staff.status.${s}`) }))} value={status} onChange={setStatus} />
                  </View>
                </Section>
              )}
              <Section>
                <SwitchRow label={t('staff.followUpOnly')} hint={t('staff.followUpOnlyHint')} checked={followUpOnly} onChange={setFollowUpOnly} testId='follow-up-filter' />
              </Section>
              <Section title={followUpOnly ? t('staff.followUpBadge') : t(`staff.status.${status}`)}>
                {apps.error !== null && (
                  <View className='ui-field__error' role='alert'>
                    {errorMessage(lang, apps.error)}
                  </View>
                )}
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
                  options={CASE_FILTERS.map((s) => ({ value: s, label: s === 'all' ? t('staff.cases.all') : t(`cases.status.${s}`) }))}
                  value={caseFilter}
                  onChange={setCaseFilter}
                />
              </Section>
              <Section title={t('staff.tab.cases')}>
                {cases.error !== null && (
                  <View className='ui-field__error' role='alert'>
                    {errorMessage(lang, cases.error)}
                  </View>
                )}
                {cases.loading && !cases.data && <View className='ui-card ui-empty'>{t('common.loading')}</View>}
                {cases.data?.items.length === 0 && <View className='ui-card ui-empty'>{t('staff.cases.empty')}</View>}
                {cases.data?.items.map((item) => (
                  <CaseRow key={item.id} item={item} onOpen={() => go(`/packages/staff/pages/case/index?id=${item.id}`)} />
                ))}
              </Section>
            </>
          )}
        </>
      )}
    </PageShell>
  );
}
