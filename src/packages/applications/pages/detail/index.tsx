import { View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { FormDefinition, FormValues } from '../../../../../types/form-engine';
import { getApplication, getServiceForm, rateApplication, submitCorrection } from '../../../../features/application-form/api/application-api';
import { FormRenderer } from '../../../../features/application-form/components/form-renderer';
import { RatingForm } from '../../../../features/application-form/components/rating-form';
import { StatusBadge } from '../../../../features/application-form/components/status-badge';
import { ApiClientError } from '../../../../shared/api/api-error';
import { errorMessage } from '../../../../shared/api/error-message';
import { useApiQuery } from '../../../../shared/api/use-api-query';
import { formatDateTime } from '../../../../shared/date/dayjs';
import { useT } from '../../../../shared/i18n/use-t';
import { go } from '../../../../shared/platform/navigation';
import { usePreferencesStore } from '../../../../shared/state/preferences-store';
import { Button } from '../../../../shared/ui/button';
import { PageShell } from '../../../../shared/ui/page-shell';
import { Card, Section } from '../../../../shared/ui/section';

/** 办件详情: timeline, deadline countdown, 补正, 好差评, and 办不成事 when it is stuck. */
export default function ApplicationDetailPage() {
  const t = useT();
  const lang = usePreferencesStore((s) => s.language);
  const { params } = useRouter<Record<string, string>>();
  const id = params.id ?? '';
  const detail = useApiQuery(id ? `application:${id}` : null, () => getApplication(id), 0);
  const app = detail.data;
  const form = useApiQuery(app?.canCorrect ? `form:${app.serviceCode}` : null, () => getServiceForm(app?.serviceCode ?? ''), 60_000);
  const [fix, setFix] = useState<FormValues>({});
  const [issues, setIssues] = useState<{ path: string; code: string }[]>([]);
  const [busy, setBusy] = useState(false);

  async function run(action: () => Promise<unknown>) {
    setBusy(true);
    try {
      await action();
      await detail.reload();
    } catch (e) {
      if (e instanceof ApiClientError && e.issues.length > 0) setIssues(e.issues.map((i) => ({ path: i.path, code: i.code })));
      void Taro.showToast({ title: errorMessage(lang, e), icon: 'none' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <PageShell title={t('applications.detail')}>
      {detail.error !== null && !app && (
        <Section>
          <View className='ui-card ui-empty'>{errorMessage(lang, detail.error)}</View>
        </Section>
      )}
      {app && (
        <>
          <Section>
            <Card>
              <View className='app-list__head'>
                <View className='ui-section__title'>{app.serviceName}</View>
                <StatusBadge status={app.status} />
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
                  <StatusBadge status={c.status} />
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
              <Button loading={busy} onClick={() => void run(() => submitCorrection(app.id, { ...(app.values as FormValues), ...fix }))} testId='correction-submit'>
                {t('applications.resubmit')}
              </Button>
            </Section>
          )}
          <Section title={t('applications.timeline')}>
            <View className='ui-card timeline' data-testid='timeline'>
              {app.timeline.map((e, i) => (
                <View key={i} className='timeline__entry'>
                  <View className='timeline__dot' aria-hidden />
                  <View>
                    <View className='timeline__title'>{t(`timeline.${e.action}`)}</View>
                    <View className='ui-hint'>
                      {formatDateTime(e.at, lang)}
                      {e.staffName ? ` · ${e.staffName}` : ''}
                    </View>
                    {e.reason && <View>{e.reason}</View>}
                  </View>
                </View>
              ))}
            </View>
          </Section>
          {app.canRate && (
            <Section title={t('rating.title')}>
              <RatingForm busy={busy} onSubmit={(score, tags, comment) => void run(() => rateApplication(app.id, score, tags, comment))} />
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
