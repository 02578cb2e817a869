import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { CodeHolderKind } from '@contract/service-code';
import { useEnterprises } from '@/features/profile/hooks/use-enterprises';
import { useProfile } from '@/features/profile/hooks/use-profile';
import { CodeCard } from '@/features/service-code/components/code-card';
import { useServiceCode } from '@/features/service-code/hooks/use-service-code';
import { useCodeT } from '@/features/service-code/hooks/use-code-t';
import { go } from '@/shared/platform/navigation';
import { useCodeScreen } from '@/shared/platform/use-code-screen';
import { ListItem } from '@/shared/ui/list-item';
import { ErrorAlert } from '@/shared/ui/error-alert';
import { PageShell } from '@/shared/ui/page-shell';
import { Section } from '@/shared/ui/section';
import { Segmented } from '@/shared/ui/segmented';
import { SignInPrompt } from '@/shared/ui/sign-in-prompt';
import './index.scss';

export default function CodePage() {
  const t = useCodeT();
  const { profile, signedIn } = useProfile();
  const enterprises = useEnterprises();
  const [kind, setKind] = useState<CodeHolderKind>(profile?.actingAs ? 'enterprise' : 'person');
  const code = useServiceCode(kind);

  useCodeScreen(true, () => {
    void Taro.showModal({ title: t('code.captureTitle'), content: t('code.captureWarning'), showCancel: false });
  });

  async function chooseKind(next: CodeHolderKind) {
    const candidate = profile?.enterprises[0];
    // 企业码 is the code of the enterprise the user acts for. Acting for it changes the whole app
    // (首页 and 办事 turn to 法人 services), so the user says yes to that first; never silently.
    if (next === 'enterprise' && !profile?.actingAs && candidate) {
      const { confirm } = await Taro.showModal({
        title: t('code.switchTitle'),
        content: t('code.switchConfirm', { name: candidate.name }),
        confirmText: t('code.switchAction'),
        cancelText: t('common.cancel'),
      });
      if (!confirm) return;
      await enterprises.actAs(candidate.id);
    }
    setKind(next);
  }

  return (
    <PageShell tab title={t('code.title')}>
      <Section>
        {!signedIn && <SignInPrompt message={t('code.needLogin')} />}
        {signedIn && !profile?.realName && <SignInPrompt message={t('code.needRealName')} needRealName />}
        {signedIn && profile?.realName && (
          <>
            {profile.enterprises.length > 0 && (
              <View className='code__switch'>
                <Segmented
                  value={kind}
                  onChange={(k) => void chooseKind(k)}
                  options={[
                    { value: 'person', label: t('code.person') },
                    { value: 'enterprise', label: t('code.enterprise') },
                  ]}
                />
                {profile.actingAs && (
                  <View className='ui-hint code__acting' data-testid='code-acting-as'>
                    {t('code.actingAs', { name: profile.actingAs.name })}
                  </View>
                )}
              </View>
            )}
            {code.batch && code.code ? (
              <CodeCard batch={code.batch} code={code.code} secondsLeft={code.secondsLeft} now={code.now} offline={code.offline} />
            ) : code.error !== null ? (
              <ErrorAlert error={code.error} onRetry={() => void code.retry()} inline />
            ) : (
              <View className='ui-card ui-empty'>{code.offline ? t('code.offlineEmpty') : t('common.loading')}</View>
            )}
            <View className='ui-hint code__hint'>{t('code.hint')}</View>
          </>
        )}
      </Section>
      {signedIn && (
        <Section>
          <ListItem label={t('code.usage')} onClick={() => go('/packages/service-code/pages/usage/index')} testId='code-usage' />
          <ListItem label={t('code.scan')} onClick={() => go('/packages/verifier/pages/scan/index')} testId='code-scan' />
        </Section>
      )}
    </PageShell>
  );
}
