import { View } from '@tarojs/components';
import { useState } from 'react';
import type { SealVerification } from '@contract/seal';
import { choosePdf } from '@/shared/platform/choose-pdf';
import { selectIsSignedIn, useSessionStore } from '@/shared/state/session-store';
import { Button } from '@/shared/ui/button';
import { ErrorAlert } from '@/shared/ui/error-alert';
import { PageShell } from '@/shared/ui/page-shell';
import { Section } from '@/shared/ui/section';
import { SignInPrompt } from '@/shared/ui/sign-in-prompt';
import { VerificationResult } from '@/features/seal/components/verification-result';
import { useSealT } from '@/features/seal/hooks/use-seal-t';
import { useVerifyDocument } from '@/features/seal/hooks/use-verify-document';

/** The app's verifier for stamped PDFs (the file is uploaded privately, then checked by the node). */
export default function SealVerifyPage() {
  const t = useSealT();
  const signedIn = useSessionStore(selectIsSignedIn);
  const verify = useVerifyDocument();
  const [result, setResult] = useState<SealVerification | null>(null);
  const chooseAndVerify = async () => {
    let file;
    try {
      file = await choosePdf();
    } catch {
      return; // cancelled
    }
    setResult(null);
    const checked = await verify.run(file);
    if (checked) setResult(checked);
  };
  return (
    <PageShell title={t('verify.title')}>
      <Section>
        <View className='ui-hint'>{t('verify.intro')}</View>
        {signedIn ? (
          <Button loading={verify.busy} onClick={() => void chooseAndVerify()} testId='seal-verify-choose'>
            {t('verify.choose')}
          </Button>
        ) : (
          <SignInPrompt message={t('seal.needLogin')} />
        )}
        <ErrorAlert error={verify.error} inline />
        {result && <VerificationResult result={result} />}
      </Section>
    </PageShell>
  );
}
