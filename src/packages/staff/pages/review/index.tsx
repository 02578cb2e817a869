import { View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { ApplicationDetail, TransitionAction } from '@contract/applications';
import { ApplicationStatusBadge } from '@/features/applications/components/status-badge';
import { ApplicationTimeline } from '@/features/applications/components/application-timeline';
import { ApplicationValues } from '@/features/applications/components/application-values';
import { FollowUpReply } from '@/features/applications/components/follow-up-reply';
import { ReassignForm } from '@/features/applications/components/reassign-form';
import { useServiceForm } from '@/features/applications/hooks/use-applications';
import { useStaffApplication } from '@/features/applications/hooks/use-staff-applications';
import { useStaffMembership } from '@/features/staff-desk/hooks/use-staff-membership';
import { canReassign } from '@/features/staff-desk/model/desks';
import { TransitionForm } from '@/features/applications/components/transition-form';
import { correctableItems } from '@/features/applications/model/application-values';
import { formatDate } from '@/shared/date/dayjs';
import { useApplicationsT } from '@/features/applications/hooks/use-applications-t';
import { go } from '@/shared/platform/navigation';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { selectIsSignedIn, useSessionStore } from '@/shared/state/session-store';
import { ListItem } from '@/shared/ui/list-item';
import { ErrorAlert } from '@/shared/ui/error-alert';
import { PageShell } from '@/shared/ui/page-shell';
import { Card, Section } from '@/shared/ui/section';
import { SignInPrompt } from '@/shared/ui/sign-in-prompt';
import '@/features/applications/components/applications.scss';

/** 办件审核: what the applicant submitted, what happened so far, and what may happen next. */
export default function StaffReviewPage() {
  const t = useApplicationsT();
  const lang = usePreferencesStore((s) => s.language);
  const { params } = useRouter<Record<string, string>>();
  const id = params.id ?? '';
  const signedIn = useSessionStore(selectIsSignedIn);
  const detail = useStaffApplication(id);
  const app = detail.data;
  // A sub-application of a 一件事 is filled in on its parent's (bundle) form.
  const parent = useStaffApplication(app?.parentId ?? undefined, 60_000);
  const form = useServiceForm(app ? (app.parentId ? parent.data?.serviceCode : app.serviceCode) : undefined);
  const [notice, setNotice] = useState<'refused' | null>(null);
  const role = useStaffMembership().data?.staff?.role;

  function onDone(_: ApplicationDetail, action: TransitionAction) {
    setNotice(null);
    void Taro.showToast({ title: t('staff.transition.done', { action: t(`staff.action.${action}`) }), icon: 'none' });
  }

  return (
    <PageShell title={t('staff.review.title')}>
      {!signedIn && (
        <Section>
          <SignInPrompt message={t('staff.needLogin')} />
        </Section>
      )}
      <ErrorAlert error={detail.error} onRetry={() => void detail.reload()} />
      {app && (
        <>
          <Section>
            <Card>
              <View className='ui-section__title' role='heading' aria-level={1}>
                {app.serviceName}
              </View>
              <View className='ui-hint'>{app.department}</View>
              <View className='staff-kv'>
                <View className='staff-kv__label'>{t('staff.review.number')}</View>
                <View className='staff-kv__value'>{app.number}</View>
              </View>
              <View className='staff-kv'>
                <View className='staff-kv__label'>{t('staff.review.status')}</View>
                <View className='staff-kv__value'>
                  <ApplicationStatusBadge status={app.status} viewer='staff' />
                </View>
              </View>
              <View className='staff-kv'>
                <View className='staff-kv__label'>{t('staff.review.deadline')}</View>
                <View className='staff-kv__value'>{formatDate(app.deadline, lang)}</View>
              </View>
            </Card>
          </Section>
          <Section title={t('staff.applicant.title')}>
            <Card>
              {app.applicant ? (
                <View data-testid='applicant'>
                  <View className='staff-kv'>
                    <View className='staff-kv__label'>{t('staff.applicant.name')}</View>
                    <View className='staff-kv__value' data-testid='applicant-name'>{app.applicant.name}</View>
                  </View>
                  <View className='staff-kv'>
                    <View className='staff-kv__label'>{t('staff.applicant.idNumber')}</View>
                    <View className='staff-kv__value' data-testid='applicant-id'>{app.applicant.idNumber}</View>
                  </View>
                  {app.applicant.phone && (
                    <View className='staff-kv'>
                      <View className='staff-kv__label'>{t('staff.applicant.phone')}</View>
                      <View className='staff-kv__value'>{app.applicant.phone}</View>
                    </View>
                  )}
                </View>
              ) : (
                <View className='ui-hint' data-testid='applicant'>{t('staff.applicant.none')}</View>
              )}
            </Card>
          </Section>
          {notice === 'refused' && (
            <Section>
              <View className='staff-notice' role='alert' data-testid='transition-refused'>
                {t('staff.transition.refused', { status: t(`staff.status.${app.status}`) })}
              </View>
            </Section>
          )}
          {app.correction && (
            <Section title={t('staff.review.correction')}>
              <Card>
                <View>{t('staff.timeline.reason', { reason: app.correction.reason })}</View>
                {app.correction.fields.length > 0 && (
                  <View data-testid='correction-fields'>
                    {t('staff.review.correctionFields', {
                      items: app.correction.fields.map((f) => correctableItems(form.data).find((i) => i.id === f)?.label ?? f).join('、'),
                    })}
                  </View>
                )}
              </Card>
            </Section>
          )}
          <Section title={t('staff.review.actions')}>
            <TransitionForm
              key={app.status}
              applicationId={app.id}
              status={app.status}
              isBundle={app.isBundle}
              form={form.data}
              onDone={onDone}
              onRefused={() => setNotice('refused')}
            />
          </Section>
          {canReassign(role) && !app.isBundle && (
            <Section title={t('staff.reassign.title')}>
              <ReassignForm
                applicationId={app.id}
                assignedStaffId={null}
                onDone={() => void Taro.showToast({ title: t('staff.reassign.done'), icon: 'none' })}
              />
            </Section>
          )}
          {app.rating?.followUp && (
            <Section title={t('staff.followUp.title')}>
              <FollowUpReply applicationId={app.id} rating={app.rating} />
            </Section>
          )}
          {app.children.length > 0 && (
            <Section title={t('staff.review.children')}>
              {app.children.map((child) => (
                <ListItem
                  key={child.id}
                  label={`${child.serviceName} · ${child.department}`}
                  value={t(`staff.status.${child.status}`)}
                  onClick={() => go(`/packages/staff/pages/review/index?id=${child.id}`)}
                />
              ))}
            </Section>
          )}
          <Section title={t('staff.review.values')}>
            <ApplicationValues applicationId={app.id} form={form.data} values={app.values} />
          </Section>
          <Section title={t('staff.review.timeline')}>
            <ApplicationTimeline entries={app.timeline} viewer='staff' />
          </Section>
        </>
      )}
    </PageShell>
  );
}
