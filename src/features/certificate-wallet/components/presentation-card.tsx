import { View } from '@tarojs/components';
import type { CertificateFieldDef } from '@contract/certificates';
import { useWalletT } from '@/features/certificate-wallet/hooks/use-wallet-t';
import { LiveQr } from '@/shared/ui/live-qr';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import type { ShownPresentation } from '@/features/certificate-wallet/hooks/use-presentation';
import './wallet.scss';


interface PresentationCardProps {
  className: string;
  shown: ShownPresentation;
  fields: readonly Pick<CertificateFieldDef, 'key' | 'label' | 'labelEn'>[];
  secondsLeft: number;
  now: number;
}

/** The 亮证 QR with a ticking clock (a live screen, not a screenshot) and what it discloses. */
export function PresentationCard({ className, shown, fields, secondsLeft, now }: PresentationCardProps) {
  const t = useWalletT();
  const lang = usePreferencesStore((s) => s.language);
  const byKey = new Map(fields.map((f) => [f.key, f]));
  const label = t('present.qrLabel', { name: className });
  return (
    <View className='ecp-card' data-testid='ecp-card' data-mode={shown.mode}>
      <View className='ui-section__title'>{className}</View>
      <LiveQr
        payload={shown.payload}
        label={label}
        now={now}
        tone='primary'
        caption={
          shown.mode === 'online'
            ? t('present.refreshIn', { seconds: secondsLeft })
            : t('present.offlineValidFor', { minutes: Math.ceil(secondsLeft / 60) })
        }
        testId='ecp-qr'
      />
      {shown.mode === 'offline' && (
        <View className='ecp-card__offline' role='status' data-testid='ecp-offline'>
          {t('present.offlineNote')}
        </View>
      )}
      <View className='ecp-card__fields' data-testid='ecp-disclosed'>
        <View>{t('present.disclosed')}</View>
        <View className='ui-hint'>
          {shown.fields.map((k) => {
            const f = byKey.get(k);
            return f ? (lang === 'en' ? f.labelEn : f.label) : k;
          }).join('、')}
          {shown.photoDigest ? `、${t('present.photoToHotel')}` : ''}
        </View>
      </View>
    </View>
  );
}
