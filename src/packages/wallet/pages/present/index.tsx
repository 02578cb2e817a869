import { View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useMemo, useState } from 'react';
import { FieldChooser } from '@/features/certificate-wallet/components/field-chooser';
import { PresentationCard } from '@/features/certificate-wallet/components/presentation-card';
import { usePresentableCertificate } from '@/features/certificate-wallet/hooks/use-presentable-certificate';
import { usePresentation } from '@/features/certificate-wallet/hooks/use-presentation';
import { readOfflineBatch } from '@/features/certificate-wallet/model/offline-batch-cache';
import type { PresentationChoice } from '@/features/certificate-wallet/model/presentation-choice';
import { useWalletT } from '@/features/certificate-wallet/hooks/use-wallet-t';
import { useCodeScreen } from '@/shared/platform/use-code-screen';
import { useSessionStore } from '@/shared/state/session-store';
import { Button } from '@/shared/ui/button';
import { ErrorAlert } from '@/shared/ui/error-alert';
import { PageShell } from '@/shared/ui/page-shell';
import { Card, Section } from '@/shared/ui/section';
import { SwitchRow } from '@/shared/ui/switch-row';

/** 亮证: pick a scene or fields, then a QR the verifier scans — signed by the node, or built offline. */
export default function PresentCertificatePage() {
  const t = useWalletT();
  const userId = useSessionStore((s) => s.profile?.userId) ?? null;
  const id = decodeURIComponent(useRouter().params.id ?? '');
  const { certificate: cert, error: loadError } = usePresentableCertificate(id, userId);
  const [choice, setChoice] = useState<PresentationChoice>({ kind: 'template', template: 'window' });
  const [confirmed, setConfirmed] = useState<PresentationChoice | null>(null);
  const [preferOffline, setPreferOffline] = useState(false);
  const certForHook = useMemo(() => cert, [cert?.id, cert?.fields.length]); // eslint-disable-line react-hooks/exhaustive-deps
  const p = usePresentation(certForHook, confirmed, preferOffline);

  // Full brightness and a screen that stays on while a code is up, as on 亮码.
  useCodeScreen(p.shown !== null, () => {
    void Taro.showModal({ title: t('code.captureTitle'), content: t('code.captureWarning'), showCancel: false });
  });

  const available = p.mode === 'offline' && userId && cert ? (readOfflineBatch(userId, cert.id, p.now)?.batch.fieldNames ?? []) : null;

  return (
    <PageShell title={t('present.title')}>
      {!cert && <ErrorAlert error={loadError} />}
      {!cert && loadError === null && (
        <Section>
          <Card>{t('common.loading')}</Card>
        </Section>
      )}
      {cert && (
        <Section>
          <SwitchRow
            label={t('present.offlineSwitch')}
            hint={p.offlineAvailable ? t('present.offlineReady') : t('present.offlineMissing')}
            checked={p.mode === 'offline'}
            onChange={setPreferOffline}
            testId='present-offline-switch'
          />
        </Section>
      )}
      {cert && confirmed === null && (
        <Section title={t('present.chooseTemplate')}>
          <FieldChooser fields={cert.fields} value={choice} onChange={setChoice} available={available} templates={cert.templates} />
          <View className='ui-section'>
            <Button
              disabled={choice.kind === 'fields' && choice.fields.length === 0}
              onClick={() => setConfirmed(choice)}
              testId='present-show'
            >
              {t('present.show')}
            </Button>
          </View>
        </Section>
      )}
      {cert && confirmed !== null && (
        <Section>
          {p.shown ? (
            <PresentationCard className={cert.className} shown={p.shown} fields={cert.fields} secondsLeft={p.secondsLeft} now={p.now} />
          ) : p.error !== null ? (
            <ErrorAlert error={p.error} onRetry={() => void p.retry()} inline />
          ) : (
            <View className='ui-card ui-empty' role='status'>
              {p.mode === 'offline' && !p.offlineAvailable ? t('present.offlineMissing') : t('common.loading')}
            </View>
          )}
          <View className='ui-section'>
            <Button variant='secondary' onClick={() => setConfirmed(null)} testId='present-change'>
              {t('present.change')}
            </Button>
          </View>
        </Section>
      )}
    </PageShell>
  );
}
