import { View } from '@tarojs/components';
import type { ServiceCodeBatch, SignedCode } from '@contract/service-code';
import { useCodeT } from '@/features/service-code/hooks/use-code-t';
import { LiveQr } from '@/shared/ui/live-qr';

interface CodeCardProps {
  batch: ServiceCodeBatch;
  code: SignedCode;
  secondsLeft: number;
  now: number;
  offline: boolean;
}


export function CodeCard({ batch, code, secondsLeft, now, offline }: CodeCardProps) {
  const t = useCodeT();
  const enterprise = batch.enterprise;
  return (
    <View className='code-card' data-testid='code-card'>
      <View className='code-card__holder'>
        <View className='code-card__name'>{enterprise ? enterprise.name : batch.holder.name}</View>
        <View className='ui-hint'>{enterprise ? enterprise.creditCode : batch.holder.idNumber}</View>
      </View>
      <LiveQr
        payload={code.payload}
        label={t('code.qrLabel')}
        now={now}
        caption={t('code.refreshIn', { seconds: secondsLeft })}
        testId='code-qr'
      />
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
