import { View } from '@tarojs/components';
import type { SealVerification } from '@contract/seal';
import { formatDateTime } from '@/shared/date/dayjs';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { useSealT } from '@/features/seal/hooks/use-seal-t';
import './seal.scss';

export function VerificationResult({ result }: { result: SealVerification }) {
  const t = useSealT();
  const lang = usePreferencesStore((s) => s.language);
  const ok = result.verdict === 'valid';
  return (
    <View className={`ui-card seal-verdict ${ok ? 'seal-verdict--valid' : 'seal-verdict--bad'}`} role='status' data-testid='seal-verdict' data-verdict={result.verdict}>
      <View className='ui-section__title'>{t(`verify.verdict.${result.verdict}`)}</View>
      {result.seal && <View>{t('verify.enterprise', { name: result.seal.enterpriseName, code: result.seal.creditCode })}</View>}
      {result.seal && <View className='ui-hint'>{t('verify.issuer', { issuer: result.seal.issuer })}</View>}
      {result.statusSince && (result.status === 'suspended' || result.status === 'revoked') && (
        <View data-testid='seal-status-since'>{t(`verify.since.${result.status}`, { time: formatDateTime(result.statusSince, lang) })}</View>
      )}
      {result.statusList && (
        <View className='ui-hint' data-testid='seal-status-list' data-stale={result.statusList.stale ? 'true' : 'false'}>
          <View>{t('verify.statusList', { time: formatDateTime(result.statusList.issuedAt, lang) })}</View>
          {result.statusList.stale && <View>{t('verify.statusListStale', { time: formatDateTime(result.statusList.nextUpdate, lang) })}</View>}
        </View>
      )}
      {result.stampedBy && (
        <View data-testid='seal-stamped-by'>{t('verify.stampedBy', { name: result.stampedBy.name, role: t(`seal.role.${result.stampedBy.role}`) })}</View>
      )}
      {result.signingTime && <View data-testid='seal-signing-time'>{t('verify.signingTime', { time: formatDateTime(result.signingTime, lang) })}</View>}
      {result.timestamp && (
        <View className='ui-hint'>{t(result.timestamp.valid ? 'verify.timestamp' : 'verify.timestampInvalid', { authority: result.timestamp.authority })}</View>
      )}
    </View>
  );
}
