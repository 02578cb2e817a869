import { View } from '@tarojs/components';
import { useCodeUsage } from '@/features/service-code/hooks/use-code-usage';
import { formatDateTime } from '@/shared/date/dayjs';
import { useCodeUsageT } from '@/features/service-code/hooks/use-code-usage-t';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { selectIsSignedIn, useSessionStore } from '@/shared/state/session-store';
import { ErrorAlert } from '@/shared/ui/error-alert';
import { PageShell } from '@/shared/ui/page-shell';
import { Section } from '@/shared/ui/section';
import { SignInPrompt } from '@/shared/ui/sign-in-prompt';

/** 用码记录: every time a verifier resolved my code — who, when, what they read. */
export default function CodeUsagePage() {
  const t = useCodeUsageT();
  const lang = usePreferencesStore((s) => s.language);
  const signedIn = useSessionStore(selectIsSignedIn);
  const usage = useCodeUsage();
  return (
    <PageShell title={t('usage.title')}>
      <Section>
        {!signedIn && <SignInPrompt message={t('common.notLoggedIn')} />}
        <ErrorAlert error={usage.error} onRetry={() => void usage.reload()} inline />
        {usage.data?.items.length === 0 && <View className='ui-card ui-empty'>{t('usage.empty')}</View>}
        {usage.data?.items.map((r) => (
          <View key={r.id} className='ui-card ui-record' data-testid='usage-record'>
            <View className='ui-section__title'>{r.verifierName}</View>
            <View className='ui-hint'>
              {formatDateTime(r.at, lang)} · {t(`verifierKind.${r.verifierKind}`)} · {t(`region.${r.verifierRegion}`)}
            </View>
            <View>
              {t('usage.read')}: {r.read.length === 0 ? t('usage.readNothing') : r.read.map((s) => t(`scope.${s}`)).join('、')}
            </View>
          </View>
        ))}
      </Section>
    </PageShell>
  );
}
