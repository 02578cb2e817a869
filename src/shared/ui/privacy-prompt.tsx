import { Button as TaroButton, View } from '@tarojs/components';
import { useT } from '@/shared/i18n/use-t';
import { go } from '@/shared/platform/navigation';
import { answerPrivacyAuthorization, PRIVACY_AGREE_BUTTON_ID, usePrivacyAuthorizationRequest } from '@/shared/platform/privacy';

/**
 * WeChat's privacy prompt, drawn by the app as WeChat requires (platform/privacy.ts). Mounted by
 * PageShell so whichever page calls a privacy API can show it; renders nothing otherwise.
 */
export function PrivacyPrompt() {
  const t = useT();
  const open = usePrivacyAuthorizationRequest();
  if (!open) return null;
  return (
    <View className='ui-privacy-prompt' role='dialog' aria-modal aria-label={t('privacyPrompt.title')}>
      <View className='ui-privacy-prompt__sheet'>
        <View className='ui-privacy-prompt__title'>{t('privacyPrompt.title')}</View>
        <View className='ui-privacy-prompt__body'>{t('privacyPrompt.body')}</View>
        <View className='ui-link' role='link' onClick={() => go('/packages/account/pages/privacy/index')}>
          {t('privacyPrompt.policy')}
        </View>
        <View className='ui-privacy-prompt__actions'>
          <TaroButton className='ui-button ui-button--secondary' onClick={() => answerPrivacyAuthorization(false)}>
            {t('privacyPrompt.disagree')}
          </TaroButton>
          <TaroButton
            id={PRIVACY_AGREE_BUTTON_ID}
            className='ui-button ui-button--primary'
            openType='agreePrivacyAuthorization'
            onAgreePrivacyAuthorization={() => answerPrivacyAuthorization(true)}
          >
            {t('privacyPrompt.agree')}
          </TaroButton>
        </View>
      </View>
    </View>
  );
}
