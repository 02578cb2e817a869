import { View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { listCases } from '../../../../features/cases/api/cases-api';
import { CaseRow } from '../../../../features/cases/components/case-row';
import { errorMessage } from '../../../../shared/api/error-message';
import { useApiQuery } from '../../../../shared/api/use-api-query';
import { useT } from '../../../../shared/i18n/use-t';
import { go } from '../../../../shared/platform/navigation';
import { usePreferencesStore } from '../../../../shared/state/preferences-store';
import { selectIsSignedIn, useSessionStore } from '../../../../shared/state/session-store';
import { Button } from '../../../../shared/ui/button';
import { PageShell } from '../../../../shared/ui/page-shell';
import { Section } from '../../../../shared/ui/section';
import { SignInPrompt } from '../../../../shared/ui/sign-in-prompt';

/** 我的诉求: every 12345 case I filed, with where it stands. */
export default function CaseListPage() {
  const t = useT();
  const lang = usePreferencesStore((s) => s.language);
  const signedIn = useSessionStore(selectIsSignedIn);
  const token = useSessionStore((s) => s.token);
  const cases = useApiQuery(signedIn ? `cases:list:${token}` : null, listCases, 0);
  useDidShow(() => void cases.reload());

  return (
    <PageShell title={t('cases.list.title')}>
      {!signedIn && (
        <Section>
          <SignInPrompt message={t('cases.needLogin')} />
        </Section>
      )}
      {signedIn && (
        <>
          <Section>
            <Button onClick={() => go('/packages/cases/pages/new/index')} testId='case-new'>
              {t('cases.list.new')}
            </Button>
          </Section>
          <Section title={t('cases.list.mine')}>
            {cases.error !== null && (
              <View className='ui-field__error' role='alert'>
                {errorMessage(lang, cases.error)}
              </View>
            )}
            {cases.data?.items.length === 0 && <View className='ui-card ui-empty'>{t('cases.list.empty')}</View>}
            {cases.data?.items.map((item) => (
              <CaseRow key={item.id} item={item} onOpen={() => go(`/packages/cases/pages/detail/index?id=${item.id}`)} />
            ))}
          </Section>
        </>
      )}
    </PageShell>
  );
}
