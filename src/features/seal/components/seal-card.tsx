import { Image, View } from '@tarojs/components';
import type { SealSummary } from '@contract/seal';
import { formatDate } from '@/shared/date/dayjs';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { useSealT } from '@/features/seal/hooks/use-seal-t';
import { sealSvg } from '@/features/seal/model/seal-svg';
import './seal.scss';

export function SealCard({ seal, onOpen }: { seal: SealSummary; onOpen?: () => void }) {
  const t = useSealT();
  const lang = usePreferencesStore((s) => s.language);
  return (
    <View className='ui-card seal-card' data-testid='seal-card' data-status={seal.status} role={onOpen ? 'link' : undefined} onClick={onOpen}>
      <Image
        className='seal-card__image'
        src={sealSvg(seal.enterpriseName, seal.kind)}
        mode='scaleToFill'
        aria-label={`${seal.enterpriseName}${seal.kind}`}
        nativeProps={{ alt: `${seal.enterpriseName}${seal.kind}` }}
      />
      <View className='seal-card__body'>
        <View className='ui-section__title'>{seal.enterpriseName}</View>
        <View className={`seal-status--${seal.status}`} data-testid='seal-status'>
          {seal.kind} · {t(`seal.status.${seal.status}`)} · {t(`seal.role.${seal.role}`)}
        </View>
        <View className='ui-hint'>{t('seal.creditCode', { code: seal.creditCode })}</View>
        <View className='ui-hint'>{t('seal.issuer', { issuer: seal.issuer })}</View>
        <View className='ui-hint'>{t('seal.validUntil', { date: formatDate(seal.validUntil, lang) })}</View>
      </View>
    </View>
  );
}
