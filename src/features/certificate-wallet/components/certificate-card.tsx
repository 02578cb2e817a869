import { View } from '@tarojs/components';
import type { CertificateLayout, CertificateSummary } from '@contract/certificates';
import { useWalletT } from '@/features/certificate-wallet/hooks/use-wallet-t';
import { REGION_LABEL } from '@/features/certificate-wallet/model/certificate-status';
import { certificatePictogram } from '@/features/certificate-wallet/model/certificate-pictogram';
import { Icon } from '@/shared/ui/icon';
import { CertificateStatusBadge } from './status-badge';
import './wallet.scss';

/** Until the class catalogue has arrived: the theme's blue, so the card never shows uncoloured. */
const FALLBACK_FACE = { background: '#E8F1FB', accent: '#1F5FA8' };

interface CertificateCardProps {
  item: CertificateSummary;
  face: Pick<CertificateLayout, 'background' | 'accent'> | undefined;
  onOpen: () => void;
}

/**
 * A certificate in the wallet as a card, like the document in a real wallet: its class colour
 * (the catalogue's, as on its 照面), a pictogram of its kind, the holder (masked), the issuer
 * and region, its validity and status.
 */
export function CertificateCard({ item, face, onOpen }: CertificateCardProps) {
  const t = useWalletT();
  const colours = face ?? FALLBACK_FACE;
  return (
    <View
      className='cert-card'
      role='button'
      data-testid={`cert-${item.classCode}`}
      onClick={onOpen}
      // Class colours come from the certificate catalogue: they identify the document, like its paper.
      style={{ '--cert-background': colours.background, '--cert-accent': colours.accent } as Record<string, string>}
    >
      <View className='cert-card__head'>
        <View className='cert-card__emblem'>
          <Icon glyph={certificatePictogram(item.classCode, item.holderKind)} color={colours.accent} size='m' />
        </View>
        <View className='cert-card__class'>{item.className}</View>
      </View>
      <View className='cert-card__foot'>
        <View className='cert-card__holder'>{item.holderName}</View>
        <CertificateStatusBadge status={item.status} />
      </View>
      <View className='cert-card__meta ui-hint'>
        {item.issuer} · {t(REGION_LABEL[item.region])}
      </View>
      {item.validTo && <View className='cert-card__meta ui-hint'>{t('wallet.validTo', { date: item.validTo })}</View>}
    </View>
  );
}
