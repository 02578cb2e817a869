import { Image, View } from '@tarojs/components';
import { useMemo } from 'react';
import type { ServiceCodeBatch, SignedCode } from '../../../../types/service-code';
import { useT } from '../../../shared/i18n/use-t';
import { qrDataUrl } from '../../../shared/qr/qr-image';

interface CodeCardProps {
  batch: ServiceCodeBatch;
  code: SignedCode;
  secondsLeft: number;
  now: number;
  offline: boolean;
}

function clock(sec: number): string {
  const d = new Date(sec * 1000);
  return [d.getHours(), d.getMinutes(), d.getSeconds()].map((n) => String(n).padStart(2, '0')).join(':');
}

export function CodeCard({ batch, code, secondsLeft, now, offline }: CodeCardProps) {
  const t = useT();
  const src = useMemo(() => qrDataUrl(code.payload), [code.payload]);
  const enterprise = batch.enterprise;
  return (
    <View className='code-card' data-testid='code-card'>
      <View className='code-card__holder'>
        <View className='code-card__name'>{enterprise ? enterprise.name : batch.holder.name}</View>
        <View className='ui-hint'>{enterprise ? enterprise.creditCode : batch.holder.idNumber}</View>
      </View>
      <View className='code-card__qr-frame'>
        {/* The moving sheen and the ticking clock show a live screen, not a screenshot. */}
        <View className='code-card__sheen' aria-hidden />
        <Image
          className='code-card__qr'
          src={src}
          mode='aspectFit'
          aria-label={t('code.qrLabel')}
          nativeProps={{ alt: t('code.qrLabel') }}
          data-testid='code-qr'
        />
      </View>
      <View className='code-card__live' role='timer'>
        <View className='code-card__pulse' aria-hidden />
        <View>{clock(now)}</View>
        <View className='code-card__refresh'>{t('code.refreshIn', { seconds: secondsLeft })}</View>
      </View>
      {offline && (
        <View className='code-card__offline' role='status' data-testid='code-offline'>
          {t('code.offline')}
        </View>
      )}
      {enterprise && (
        <View className='code-card__enterprise'>
          <View>
            {t('code.creditRating')}: {enterprise.creditRating}
          </View>
          {enterprise.licences.length > 0 && (
            <View className='ui-hint'>
              {t('code.licences')}: {enterprise.licences.join('、')}
            </View>
          )}
        </View>
      )}
    </View>
  );
}
