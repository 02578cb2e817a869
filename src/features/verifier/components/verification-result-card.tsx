import { Image, View } from '@tarojs/components';
import { useState } from 'react';
import type { VerificationResult } from '@contract/service-code';
import { useVerificationT } from '@/features/verifier/hooks/use-verification-t';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import type { VerificationSource } from '@/features/verifier/hooks/use-verification';
import { knownCertificateClasses } from '@/features/verifier/model/certificate-classes';

const REGION_KEY = { '510000': 'region.510000', '500000': 'region.500000' } as const;

/**
 * The holder's photo, called checked only once it is on screen: the server matched its bytes to
 * the code's digest, but a photo that does not display has shown the verifier nothing.
 */
function HolderPhoto({ base64 }: { base64: string }) {
  const t = useVerificationT();
  const [state, setState] = useState<'pending' | 'shown' | 'failed'>('pending');
  const label = t(state === 'shown' ? 'verify.photo' : state === 'failed' ? 'verify.photoFailed' : 'verify.photoPending');
  return (
    <View className='verdict__row' data-testid='verdict-photo-row' data-state={state}>
      {state !== 'failed' && (
        <Image
          className='verdict__photo'
          src={`data:image/jpeg;base64,${base64}`}
          mode='aspectFit'
          aria-label={label}
          nativeProps={{ alt: label }}
          data-testid='verdict-photo'
          onLoad={() => setState('shown')}
          onError={() => setState('failed')}
        />
      )}
      <View className='ui-hint'>{label}</View>
    </View>
  );
}

/** The verdict in plain words, what the code says, and (online) what this verifier may read. */
export function VerificationResultCard({ result, source, homeRegion }: { result: VerificationResult; source: VerificationSource; homeRegion: string }) {
  const t = useVerificationT();
  const lang = usePreferencesStore((s) => s.language);
  const regionName = (r: string | null) => (r === '510000' || r === '500000' ? t(REGION_KEY[r]) : r);
  const certificate = result.ok ? result.certificate : undefined;
  const crossRegion = result.iss !== null && result.iss !== homeRegion;
  const issuer = regionName(result.iss);
  const classInfo = certificate ? knownCertificateClasses().find((c) => c.code === certificate.classCode) : undefined;
  const fieldLabel = (key: string) => {
    const f = classInfo?.fields.find((x) => x.key === key);
    return f ? (lang === 'en' ? f.labelEn : f.label) : key;
  };
  // Disclosed fields in the class's own order (then any the catalogue does not know).
  const disclosedKeys = certificate
    ? [
        ...(classInfo?.fields.map((f) => f.key).filter((k) => k in certificate.disclosed) ?? []),
        ...Object.keys(certificate.disclosed).filter((k) => !classInfo?.fields.some((f) => f.key === k)),
      ]
    : [];
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
          {crossRegion && !certificate && <View className='ui-badge ui-badge--accent verdict__badge'>{t('verify.mutual')}</View>}
        </View>
      )}
      {certificate && (
        <View className='verdict__subject' data-testid='verdict-certificate' data-class={certificate.classCode}>
          <View className='verdict__row' data-testid='verdict-class'>
            {t('verify.certificate')}: {certificate.className}
          </View>
          <View className='verdict__row' data-testid='verdict-holder-region'>
            {t('verify.holderRegion')}: {regionName(certificate.holderRegion)}
            {certificate.holderRegion !== homeRegion && (
              <View className='ui-badge ui-badge--accent verdict__badge' data-testid='verdict-mutual'>
                {t('verify.mutual')}
              </View>
            )}
          </View>
          <View className='verdict__row'>{t('verify.disclosed')}:</View>
          {disclosedKeys.length === 0 && <View className='ui-hint'>{t('verify.noDisclosed')}</View>}
          {disclosedKeys.map((k) => (
            <View className='verdict__row' key={k} data-testid={`verdict-field-${k}`}>
              {fieldLabel(k)}: {certificate.disclosed[k]}
            </View>
          ))}
          {certificate.photoBase64 && certificate.photo !== 'unavailable' && <HolderPhoto base64={certificate.photoBase64} />}
          {certificate.photo === 'unavailable' && (
            <View className='ui-hint' data-testid='verdict-photo-unavailable'>
              {t('verify.photoUnavailable')}
            </View>
          )}
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
