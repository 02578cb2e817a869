import { View } from '@tarojs/components';
import { go } from '@/shared/platform/navigation';
import { selectIsSignedIn, useSessionStore } from '@/shared/state/session-store';
import { Button } from '@/shared/ui/button';
import { ErrorAlert } from '@/shared/ui/error-alert';
import { PageShell } from '@/shared/ui/page-shell';
import { Section } from '@/shared/ui/section';
import { SignInPrompt } from '@/shared/ui/sign-in-prompt';
import { SealCard } from '@/features/seal/components/seal-card';
import { useMySeals } from '@/features/seal/hooks/use-seals';
import { useSealT } from '@/features/seal/hooks/use-seal-t';

export default function SealListPage() {
  const t = useSealT();
  const signedIn = useSessionStore(selectIsSignedIn);
  const seals = useMySeals();
  return (
    <PageShell title={t('seal.title')}>
      <Section>
        <View className='ui-hint'>{t('seal.intro')}</View>
      </Section>
      {!signedIn && (
        <Section>
          <SignInPrompt message={t('seal.needLogin')} />
        </Section>
      )}
      {signedIn && (
        <Section>
          <ErrorAlert error={seals.error} onRetry={() => void seals.reload()} inline />
          {seals.data?.items.length === 0 && <View className='ui-hint' data-testid='seal-empty'>{t('seal.empty')}</View>}
          {seals.data?.items.map((seal) => (
            <SealCard key={seal.id} seal={seal} onOpen={() => go(`/packages/seal/pages/detail/index?id=${seal.id}`)} />
          ))}
        </Section>
      )}
      <Section>
        <Button variant='secondary' onClick={() => go('/packages/seal/pages/verify/index')} testId='seal-open-verify'>
          {t('seal.verify')}
        </Button>
      </Section>
    </PageShell>
  );
}
