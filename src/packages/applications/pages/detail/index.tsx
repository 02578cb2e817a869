import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { FormDefinition, FormValues } from '@contract/form-engine';
import { FormRenderer } from '@/features/applications/components/form-renderer';
import { RatingForm } from '@/features/applications/components/rating-form';
import { ApplicationTimeline } from '@/features/applications/components/application-timeline';
import { ApplicationStatusBadge } from '@/features/applications/components/status-badge';
import { useApplication, useRateApplication, useServiceForm, useSubmitCorrection } from '@/features/applications/hooks/use-applications';
import { ApiClientError } from '@/shared/api/api-error';
import { useApplicationsT } from '@/features/applications/hooks/use-applications-t';
import { go } from '@/shared/platform/navigation';
import { Button } from '@/shared/ui/button';
import { ErrorAlert } from '@/shared/ui/error-alert';
import { PageShell } from '@/shared/ui/page-shell';
import { Card, Section } from '@/shared/ui/section';
import '@/features/applications/components/applications.scss';

/** 办件详情: timeline, deadline countdown, 补正, 好差评, and 办不成事 when it is stuck. */
export default function ApplicationDetailPage() {
  const t = useApplicationsT();
  const { params } = useRouter<Record<string, string>>();
  const id = params.id ?? '';
  const detail = useApplication(id);
  const app = detail.data;
  const form = useServiceForm(app?.canCorrect ? app.serviceCode : undefined);
  const correction = useSubmitCorrection(id);
  const rating = useRateApplication(id);
  const [fix, setFix] = useState<FormValues>({});
  const issues = correction.error instanceof ApiClientError ? correction.error.issues.map((i) => ({ path: i.path, code: i.code })) : [];

  return (
    <PageShell title={t('applications.detail')}>
      {!app && <ErrorAlert error={detail.error} onRetry={() => void detail.reload()} />}
      {app && (
        <>
          <Section>
            <Card>
              <View className='ui-record__head'>
                <View className='ui-section__title'>{app.serviceName}</View>
                <ApplicationStatusBadge status={app.status} viewer='applicant' />
              </View>
              <View className='ui-hint'>
                {t('applications.number')}: {app.number} · {app.department}
              </View>
              <View data-testid='deadline'>
                {t('applications.deadline')}: {app.deadline}
                {app.remainingWorkingDays !== null &&
                  ` · ${app.remainingWorkingDays >= 0 ? t('applications.daysLeftShort', { n: app.remainingWorkingDays }) : t('applications.overdueShort')}`}
              </View>
            </Card>
          </Section>
          {app.children.length > 0 && (
            <Section title={t('applications.bundleProgress')}>
              {app.children.map((c) => (
                <View key={c.id} className='ui-list-item' data-testid='bundle-child'>
                  <View className='ui-list-item__label'>
                    <View>{c.serviceName}</View>
                    <View className='ui-hint'>{c.department}</View>
                  </View>
                  <ApplicationStatusBadge status={c.status} viewer='applicant' />
                </View>
              ))}
            </Section>
          )}
          {app.canCorrect && app.correction && (
            <Section title={t('applications.correction')}>
              <View className='ui-card' data-testid='correction'>
                <View>{app.correction.reason}</View>
              </View>
              {form.data && (
                <FormRenderer
                  form={form.data as FormDefinition}
                  values={{ ...(app.values as FormValues), ...fix }}
                  issues={issues}
                  certificates={[]}
                  editable={app.correction.fields.length > 0 ? app.correction.fields : undefined}
                  onChange={(fieldId, v) => setFix((prev) => ({ ...prev, [fieldId]: v }))}
                />
              )}
              <ErrorAlert error={correction.error} inline />
              <Button loading={correction.busy} onClick={() => void correction.run({ ...(app.values as FormValues), ...fix })} testId='correction-submit'>
                {t('applications.resubmit')}
              </Button>
            </Section>
          )}
          <Section title={t('applications.timeline')}>
            <ApplicationTimeline entries={app.timeline} viewer='applicant' />
          </Section>
          {app.canRate && (
            <Section title={t('rating.title')}>
              <RatingForm busy={rating.busy} onSubmit={(score, tags, comment) => void rating.run({ score, tags, comment })} />
              <ErrorAlert error={rating.error} inline />
            </Section>
          )}
          {app.rating && (
            <Section title={t('rating.title')}>
              <View className='ui-card' data-testid='rating-done'>
                <View className='rating__stars'>{'★'.repeat(app.rating.score)}</View>
                {app.rating.comment && <View>{app.rating.comment}</View>}
                {app.rating.followUp && (
                  <View className='ui-hint' data-testid='follow-up'>
                    {app.rating.followUp.status === 'answered'
                      ? t('rating.followUpAnswered', { reply: app.rating.followUp.reply ?? '' })
                      : t('rating.followUpOpen')}
                  </View>
                )}
              </View>
            </Section>
          )}
          {app.status !== 'approved' && (
            <Section>
              <Button variant='secondary' onClick={() => go(`/packages/cases/pages/new/index?applicationId=${app.id}`)} testId='cannot-get-done'>
                {t('applications.cannotGetDone')}
              </Button>
            </Section>
          )}
        </>
      )}
    </PageShell>
  );
}
