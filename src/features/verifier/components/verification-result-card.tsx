import { View } from '@tarojs/components';
import type { VerificationResult } from '../../../../types/service-code';
import { useT } from '../../../shared/i18n/use-t';
import type { VerificationSource } from '../hooks/use-verification';

const REGION_KEY = { '510000': 'region.510000', '500000': 'region.500000' } as const;

/** The verdict in plain words, what the code says, and (online) what this verifier may read. */
export function VerificationResultCard({ result, source, homeRegion }: { result: VerificationResult; source: VerificationSource; homeRegion: string }) {
  const t = useT();
  const crossRegion = result.iss !== null && result.iss !== homeRegion;
  const issuer = result.iss === '510000' || result.iss === '500000' ? t(REGION_KEY[result.iss]) : result.iss;
  return (
    <View className={`ui-card verdict ${result.ok ? 'verdict--ok' : 'verdict--fail'}`} data-testid='verdict' data-reason={result.reason}>
      <View className='verdict__title' role='status'>
        {result.ok ? t('verify.ok') : t('verify.fail')}
      </View>
      <View className='verdict__reason'>{t(`reason.${result.reason}`)}</View>
      <View className='ui-hint'>{source === 'online' ? t('verify.online') : t('verify.offline')}</View>
      {issuer && (
        <View className='verdict__row'>
          {t('verify.issuer')}: {issuer}
          {crossRegion && <View className='ui-badge ui-badge--accent verdict__badge'>{t('verify.mutual')}</View>}
        </View>
      )}
      {result.subject && (
        <View className='verdict__subject' data-testid='verdict-subject'>
          <View className='verdict__row'>
            {result.subject.type === 'P' ? t('verify.person') : t('verify.enterprise')}: {result.subject.name}
          </View>
          <View className='verdict__row'>{result.subject.idNumber}</View>
        </View>
      )}
      {result.attributes.fullName && (
        <View className='verdict__row' data-testid='verdict-full-name'>
          {t('verify.fullName')}: {result.attributes.fullName}
        </View>
      )}
      {result.attributes.maskedPhone && (
        <View className='verdict__row'>
          {t('mine.phone')}: {result.attributes.maskedPhone}
        </View>
      )}
      {result.attributes.enterprise && (
        <View className='verdict__row'>
          {t('code.creditRating')}: {result.attributes.enterprise.creditRating}
        </View>
      )}
    </View>
  );
}
