import { View } from '@tarojs/components';
import { go } from '@/shared/platform/navigation';
import { useConsentT } from '@/features/consent/hooks/use-consent-t';
import './consent.scss';

interface ConsentCheckboxProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** Set after a refused login, to show where the missing tick is. */
  attention?: boolean;
}

/**
 * The explicit consent before sign-in: never pre-ticked (个人信息保护法 §14, WeChat review rules),
 * with both documents one tap away.
 */
export function ConsentCheckbox({ checked, onChange, attention = false }: ConsentCheckboxProps) {
  const t = useConsentT();
  return (
    <View className={`consent-check${attention && !checked ? ' consent-check--attention' : ''}`}>
      <View
        className='consent-check__target'
        role='checkbox'
        aria-checked={checked}
        aria-label={t('consent.checkboxLabel')}
        data-testid='consent-checkbox'
        onClick={() => onChange(!checked)}
      >
        <View className={`consent-check__box${checked ? ' consent-check__box--on' : ''}`} aria-hidden>
          {checked ? '✓' : ''}
        </View>
      </View>
      <View className='consent-check__text'>
        <View className='consent-check__prefix' onClick={() => onChange(!checked)}>
          {t('consent.prefix')}
        </View>
        <View className='ui-link' role='link' data-testid='consent-agreement-link' onClick={() => go('/packages/account/pages/agreement/index')}>
          {t('consent.agreement')}
        </View>
        <View>{t('consent.and')}</View>
        <View className='ui-link' role='link' data-testid='consent-privacy-link' onClick={() => go('/packages/account/pages/privacy/index')}>
          {t('consent.privacy')}
        </View>
      </View>
    </View>
  );
}
