import { View } from '@tarojs/components';
import Taro, { useDidHide, useDidShow, useRouter } from '@tarojs/taro';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { CertificateFieldDef, TemplateFields } from '../../../../../types/certificates';
import { getMyCertificate } from '../../../../features/certificate-wallet/api/certificate-api';
import { FieldChooser } from '../../../../features/certificate-wallet/components/field-chooser';
import { PresentationCard } from '../../../../features/certificate-wallet/components/presentation-card';
import { usePresentation } from '../../../../features/certificate-wallet/hooks/use-presentation';
import { readOfflineBatch } from '../../../../features/certificate-wallet/model/offline-batch-cache';
import type { PresentationChoice } from '../../../../features/certificate-wallet/model/presentation-choice';
import { errorMessage } from '../../../../shared/api/error-message';
import { useT } from '../../../../shared/i18n/use-t';
import { holdScreenForCode } from '../../../../shared/platform/screen';
import { usePreferencesStore } from '../../../../shared/state/preferences-store';
import { useSessionStore } from '../../../../shared/state/session-store';
import { Button } from '../../../../shared/ui/button';
import { PageShell } from '../../../../shared/ui/page-shell';
import { Card, Section } from '../../../../shared/ui/section';
import { SwitchRow } from '../../../../shared/ui/switch-row';

interface CertInfo {
  id: string;
  classCode: string;
  className: string;
  fields: CertificateFieldDef[];
  templates: TemplateFields;
}

const toDef = (f: CertificateFieldDef): CertificateFieldDef => ({ key: f.key, label: f.label, labelEn: f.labelEn, sensitive: f.sensitive, type: f.type });

/** 亮证: pick a scene or fields, then a QR the verifier scans — signed by the node, or built offline. */
export default function PresentCertificatePage() {
  const t = useT();
  const lang = usePreferencesStore((s) => s.language);
  const userId = useSessionStore((s) => s.profile?.userId) ?? null;
  const id = decodeURIComponent(useRouter().params.id ?? '');
  const [cert, setCert] = useState<CertInfo | null>(() => {
    const cached = userId ? readOfflineBatch(userId, id, Math.floor(Date.now() / 1000)) : null;
    return cached ? { id, classCode: cached.batch.classCode, className: cached.className, fields: cached.fields, templates: cached.templates } : null;
  });
  const [loadError, setLoadError] = useState<unknown>(null);
  const [choice, setChoice] = useState<PresentationChoice>({ kind: 'template', template: 'window' });
  const [confirmed, setConfirmed] = useState<PresentationChoice | null>(null);
  const [preferOffline, setPreferOffline] = useState(false);
  const certForHook = useMemo(() => cert, [cert?.id, cert?.fields.length]); // eslint-disable-line react-hooks/exhaustive-deps
  const p = usePresentation(certForHook, confirmed, preferOffline);
  const release = useRef<(() => void) | null>(null);

  useEffect(() => {
    let live = true;
    getMyCertificate(id)
      .then((d) => live && setCert({ id: d.id, classCode: d.classCode, className: d.className, fields: d.fields.map(toDef), templates: d.templates }))
      .catch((e: unknown) => live && setLoadError(e));
    return () => {
      live = false;
    };
  }, [id]);

  // Full brightness and a screen that stays on while a code is up, as on 亮码.
  const codeUp = p.shown !== null;
  useEffect(() => {
    if (!codeUp) return undefined;
    release.current = holdScreenForCode(() => {
      void Taro.showModal({ title: t('code.captureTitle'), content: t('code.captureWarning'), showCancel: false });
    });
    return () => {
      release.current?.();
      release.current = null;
    };
  }, [codeUp, t]);
  useDidHide(() => {
    release.current?.();
    release.current = null;
  });
  useDidShow(() => {
    if (codeUp && !release.current) release.current = holdScreenForCode(() => undefined);
  });

  const available = p.mode === 'offline' && userId && cert ? (readOfflineBatch(userId, cert.id, p.now)?.batch.fieldNames ?? []) : null;

  return (
    <PageShell title={t('present.title')}>
      {!cert && (
        <Section>
          <Card>{loadError !== null ? errorMessage(lang, loadError) : t('common.loading')}</Card>
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
          ) : (
            <View className='ui-card ui-empty' role='status'>
              {p.error !== null
                ? errorMessage(lang, p.error)
                : p.mode === 'offline' && !p.offlineAvailable
                  ? t('present.offlineMissing')
                  : t('common.loading')}
              {p.error !== null && <Button onClick={() => void p.retry()}>{t('common.retry')}</Button>}
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
