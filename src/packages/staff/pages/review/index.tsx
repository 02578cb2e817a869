import { View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { ApplicationDetail, TransitionAction } from '../../../../../types/applications';
import { getServiceForm, getStaffApplication } from '../../../../features/staff-desk/api/staff-api';
import { ApplicationTimeline } from '../../../../features/staff-desk/components/application-timeline';
import { ApplicationValues } from '../../../../features/staff-desk/components/application-values';
import { FollowUpReply } from '../../../../features/staff-desk/components/follow-up-reply';
import { ReassignForm } from '../../../../features/staff-desk/components/reassign-form';
import { useStaffMembership } from '../../../../features/staff-desk/hooks/use-staff-membership';
import { canReassign } from '../../../../features/staff-desk/model/desks';
import { StatusBadge } from '../../../../features/staff-desk/components/status-badge';
import { TransitionForm } from '../../../../features/staff-desk/components/transition-form';
import { correctableItems } from '../../../../features/staff-desk/model/application-values';
import { invalidateQueries, useApiQuery } from '../../../../shared/api/use-api-query';
import { formatDate } from '../../../../shared/date/dayjs';
import { useT } from '../../../../shared/i18n/use-t';
import { go } from '../../../../shared/platform/navigation';
import { usePreferencesStore } from '../../../../shared/state/preferences-store';
import { selectIsSignedIn, useSessionStore } from '../../../../shared/state/session-store';
import { ListItem } from '../../../../shared/ui/list-item';
import { ErrorAlert } from '../../../../shared/ui/error-alert';
import { PageShell } from '../../../../shared/ui/page-shell';
import { Card, Section } from '../../../../shared/ui/section';
import { SignInPrompt } from '../../../../shared/ui/sign-in-prompt';
import '../../../../features/staff-desk/components/staff-desk.scss';

/** 办件审核: what the applicant submitted, what happened so far, and what may happen next. */
export default function StaffReviewPage() {
  const t = useT();
  const lang = usePreferencesStore((s) => s.language);
  const { params } = useRouter<Record<string, string>>();
  const id = params.id ?? '';
  const signedIn = useSessionStore(selectIsSignedIn);
  const detail = useApiQuery(signedIn && id ? `staff-app:${id}` : null, () => getStaffApplication(id), 0);
  const app = detail.data;
  // A sub-application of a 一件事 is filled in on its parent's (bundle) form.
  const parent = useApiQuery(app?.parentId ? `staff-app:${app.parentId}` : null, () => getStaffApplication(app?.parentId ?? ''), 60_000);
  const formCode = app ? (app.parentId ? parent.data?.serviceCode : app.serviceCode) : undefined;
  const form = useApiQuery(formCode ? `service-form:${formCode}` : null, () => getServiceForm(formCode ?? ''), 300_000);
  const [notice, setNotice] = useState<'refused' | null>(null);
  const role = useStaffMembership().data?.staff?.role;

  function afterChange() {
    invalidateQueries('staff-apps:');
  }

  function onDone(_: ApplicationDetail, action: TransitionAction) {
    setNotice(null);
    afterChange();
    void Taro.showToast({ title: t('staff.transition.done', { action: t(`staff.action.${action}`) }), icon: 'none' });
    void detail.reload();
  }

  function onRefused() {
    setNotice('refused');
    afterChange();
    void detail.reload();
  }

  return (
    <PageShell title={t('staff.review.title')}>
      {!signedIn && (
        <Section>
          <SignInPrompt message={t('staff.needLogin')} />
        </Section>
      )}
      <ErrorAlert error={detail.error} />
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
                  <StatusBadge status={app.status} />
                </View>
              </View>
              <View className='staff-kv'>
                <View className='staff-kv__label'>{t('staff.review.deadline')}</View>
                <View className='staff-kv__value'>{formatDate(app.deadline, lang)}</View>
              </View>
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
              onRefused={onRefused}
            />
          </Section>
          {canReassign(role) && !app.isBundle && (
            <Section title={t('staff.reassign.title')}>
              <ReassignForm
                applicationId={app.id}
                assignedStaffId={null}
                onDone={() => {
                  afterChange();
                  void Taro.showToast({ title: t('staff.reassign.done'), icon: 'none' });
                }}
              />
            </Section>
          )}
          {app.rating?.followUp && (
            <Section title={t('staff.followUp.title')}>
              <FollowUpReply
                applicationId={app.id}
                rating={app.rating}
                onAnswered={() => {
                  afterChange();
                  void detail.reload();
                }}
              />
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
            <ApplicationValues form={form.data} values={app.values} />
          </Section>
          <Section title={t('staff.review.timeline')}>
            <ApplicationTimeline entries={app.timeline} />
          </Section>
        </>
      )}
    </PageShell>
  );
}
