import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { VerificationResultCard } from '@/features/verifier/components/verification-result-card';
import { useVerification } from '@/features/verifier/hooks/use-verification';
import { useVerificationT } from '@/features/verifier/hooks/use-verification-t';
import { InspectorLink, PublicRecordLink } from '@/features/supervision/components/supervision-links';
import { useSessionStore } from '@/shared/state/session-store';
import { Button } from '@/shared/ui/button';
import { PageShell } from '@/shared/ui/page-shell';
import { QrScannerPanel } from '@/shared/ui/qr-scanner-panel';
import { Card, Section } from '@/shared/ui/section';
import { TextareaField } from '@/shared/ui/textarea-field';

/** 扫码核验: a window, hotel or gate checks a 政务服务码 or 亮证 code, online or offline. */
export default function ScanPage() {
  const t = useVerificationT();
  const verification = useVerification();
  const homeRegion = useSessionStore((s) => s.profile?.region) ?? '510000';
  const [pasted, setPasted] = useState('');

  const onError = (message: string) => void Taro.showToast({ title: message, icon: 'none' });

  return (
    <PageShell title={t('scan.title')}>
      <Section>
        <Card>
          <View data-testid='verifier-org'>
            {verification.organisation ? t('scan.asVerifier', { name: verification.organisation.name }) : t('scan.asAnyone')}
          </View>
        </Card>
        <InspectorLink />
      </Section>
      {verification.result && (
        <Section>
          <VerificationResultCard result={verification.result.value} source={verification.result.source} homeRegion={homeRegion} />
          {verification.result.value.subject?.type === 'E' && <PublicRecordLink creditCode={verification.result.value.subject.idNumber} />}
          <Button variant='secondary' onClick={verification.reset}>
            {t('scan.again')}
          </Button>
        </Section>
      )}
      {!verification.result && (
        <>
          <Section>
            <QrScannerPanel onResult={(text) => void verification.check(text)} onError={onError} />
          </Section>
          <Section>
            <Card>
              <TextareaField id='scan-paste' label={t('scan.paste')} value={pasted} maxlength={4096} placeholder={t('scan.pastePlaceholder')} onChange={setPasted} />
              <Button
                disabled={pasted.trim() === ''}
                loading={verification.busy}
                onClick={() => void verification.check(pasted)}
                testId='scan-paste-submit'
              >
                {t('scan.verify')}
              </Button>
            </Card>
          </Section>
        </>
      )}
    </PageShell>
  );
}
