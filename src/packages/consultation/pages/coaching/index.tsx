import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { go } from '@/shared/platform/navigation';
import { Button } from '@/shared/ui/button';
import { ErrorAlert } from '@/shared/ui/error-alert';
import { PageShell } from '@/shared/ui/page-shell';
import { Section } from '@/shared/ui/section';
import { CoachingCheck } from '@/features/consultation/components/coaching-check';
import { useCoachingFlow } from '@/features/consultation/hooks/use-coaching-flow';
import { useConsultationT } from '@/features/consultation/hooks/use-consultation-t';

/** 事前申报辅导 for one service (?code=). */
export default function CoachingPage() {
  const t = useConsultationT();
  const { params } = useRouter<Record<string, string>>();
  const code = params.code ?? '';
  const flow = useCoachingFlow(code);
  return (
    <PageShell title={t('coach.title')}>
      <Section>
        <View className='ui-hint'>{t('coach.intro')}</View>
        <ErrorAlert error={flow.error} onRetry={() => void flow.reload()} inline />
        {flow.data && (
          <>
            <View className='ui-section__title' role='heading' aria-level={1} data-testid='coach-service'>
              {flow.data.service.name}
            </View>
            <CoachingCheck flow={flow.data} onlineApplyUrl={`/packages/applications/pages/apply/index?code=${encodeURIComponent(code)}`} />
            <Button variant='secondary' onClick={() => go(`/packages/catalog/pages/detail/index?code=${encodeURIComponent(code)}`)}>
              {t('coach.guide')}
            </Button>
          </>
        )}
      </Section>
    </PageShell>
  );
}
