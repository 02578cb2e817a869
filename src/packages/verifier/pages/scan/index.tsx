import { Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { VerificationResultCard } from '@/features/verifier/components/verification-result-card';
import { useVerification } from '@/features/verifier/hooks/use-verification';
import { InspectorLink, PublicRecordLink } from '@/features/supervision/components/supervision-links';
import { useT } from '@/shared/i18n/use-t';
import { useSessionStore } from '@/shared/state/session-store';
import { Button } from '@/shared/ui/button';
import { PageShell } from '@/shared/ui/page-shell';
import { QrScannerPanel } from '@/shared/ui/qr-scanner-panel';
import { Card, Section } from '@/shared/ui/section';

/** 扫码核验: a window, hotel or gate checks a 政务服务码 or 亮证 code, online or offline. */
export default function ScanPage() {
  const t = useT();
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
          <Section title={t('scan.paste')}>
            <Card>
              <Textarea
                className='ui-field__input scan__paste'
                value={pasted}
                maxlength={4096}
                placeholder={t('scan.pastePlaceholder')}
                aria-label={t('scan.paste')}
          nativeProps={{ 'aria-label': t('scan.paste') }}
                onInput={(e) => setPasted(e.detail.value)}
              />
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
