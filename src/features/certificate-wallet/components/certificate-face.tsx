import { Image, View } from '@tarojs/components';
import { useState } from 'react';
import type { CertificateDetail } from '@contract/certificates';
import { useWalletT } from '@/features/certificate-wallet/hooks/use-wallet-t';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import './wallet.scss';

type Face = Pick<CertificateDetail, 'fields' | 'layout' | 'photoBase64'>;

/**
 * 照面: the certificate face drawn from its class layout (title, colours, rows of field keys, the
 * photo beside them). Values are shown as the node sent them: sensitive ones stay masked unless
 * the holder re-authenticated, and a masked value says so to screen readers.
 */
export function CertificateFace({ detail }: { detail: Face }) {
  const t = useWalletT();
  const lang = usePreferencesStore((s) => s.language);
  const [photoFailed, setPhotoFailed] = useState(false);
  const byKey = new Map(detail.fields.map((f) => [f.key, f]));
  const { layout } = detail;
  const photoAlt = t('wallet.photoAlt');
  return (
    <View
      className='cert-face'
      data-testid='cert-face'
      // Class colours come from the certificate catalogue: they identify the document, like its paper.
      style={{ '--cert-background': layout.background, '--cert-accent': layout.accent } as Record<string, string>}
    >
      <View className='cert-face__title' role='heading' aria-level={2}>
        {layout.title}
      </View>
      <View className='cert-face__body'>
        <View className='cert-face__rows'>
          {layout.rows.map((row) => (
            <View className='cert-face__row' key={row.join('|')}>
              {row.map((key) => {
                const f = byKey.get(key);
                if (!f) return null;
                const label = lang === 'en' ? f.labelEn : f.label;
                return (
                  <View className='cert-face__cell' key={key} data-testid={`cert-field-${key}`} data-masked={f.masked ? 'true' : 'false'}>
                    <View className='cert-face__label'>{label}</View>
                    <View className='cert-face__value'>
                      {f.value ?? '—'}
                      {f.masked && <View className='cert-face__sr'>{t('wallet.maskedValue')}</View>}
                    </View>
                  </View>
                );
              })}
            </View>
          ))}
        </View>
        {layout.photo && (
          <View className='cert-face__photo'>
            {detail.photoBase64 && !photoFailed ? (
              <Image
                className='cert-face__photo-img'
                src={`data:image/jpeg;base64,${detail.photoBase64}`}
                mode='aspectFill'
                aria-label={photoAlt}
                nativeProps={{ alt: photoAlt }}
                onError={() => setPhotoFailed(true)}
              />
            ) : (
              // Said in words: an empty frame labelled as the holder's photo would pass for one.
              <View className='ui-hint cert-face__photo-missing' data-testid='cert-photo-missing'>
                {t(photoFailed ? 'wallet.photoFailed' : 'wallet.photoNone')}
              </View>
            )}
          </View>
        )}
      </View>
    </View>
  );
}
