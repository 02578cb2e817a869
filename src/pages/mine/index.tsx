import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useSessionActions } from '@/features/auth/hooks/use-session-actions';
import { useProfile } from '@/features/profile/hooks/use-profile';
import { useStaffMembership } from '@/features/staff-desk/hooks/use-staff-membership';
import { useT } from '@/shared/i18n/use-t';
import { LANGUAGES } from '@/shared/i18n/i18n';
import { go } from '@/shared/platform/navigation';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { Button } from '@/shared/ui/button';
import { ListItem } from '@/shared/ui/list-item';
import { PageShell } from '@/shared/ui/page-shell';
import { Section } from '@/shared/ui/section';
import { SignInPrompt } from '@/shared/ui/sign-in-prompt';
import { SwitchRow } from '@/shared/ui/switch-row';

export default function MinePage() {
  const t = useT();
  const { profile, signedIn } = useProfile();
  const language = usePreferencesStore((s) => s.language);
  const elderMode = usePreferencesStore((s) => s.elderMode);
  const setElderMode = usePreferencesStore((s) => s.setElderMode);
  const session = useSessionActions();
  const staff = useStaffMembership();

  async function onLogout() {
    await session.signOut();
    void Taro.showToast({ title: t('mine.loggedOut'), icon: 'none' });
  }

  return (
    <PageShell tab title={t('mine.title')}>
      <Section>
        {!signedIn && <SignInPrompt message={t('common.notLoggedIn')} />}
        {signedIn && profile && (
          <View data-testid='profile'>
            {profile.realName && (
              <>
                <ListItem label={t('mine.name')} value={profile.realName.maskedName} />
                <ListItem label={t('mine.idNumber')} value={profile.realName.maskedIdNumber} />
              </>
            )}
            {profile.maskedPhone && <ListItem label={t('mine.phone')} value={profile.maskedPhone} />}
            <ListItem
              label={t('mine.realName')}
              value={profile.realName ? t('mine.realNameDone') : t('mine.realNameTodo')}
              onClick={profile.realName ? undefined : () => go('/packages/account/pages/real-name/index')}
              testId='mine-real-name'
            />
            <ListItem
              label={t('mine.actingAs')}
              value={profile.actingAs ? profile.actingAs.name : t('mine.actingAsPerson')}
              onClick={() => go('/packages/account/pages/enterprises/index')}
              testId='mine-acting-as'
            />
            <ListItem label={t('mine.applications')} onClick={() => go('/packages/applications/pages/list/index')} testId='mine-applications' />
            <ListItem label={t('mine.messages')} onClick={() => go('/packages/applications/pages/messages/index')} testId='mine-messages' />
            <ListItem label={t('mine.cases')} onClick={() => go('/packages/cases/pages/list/index')} testId='mine-cases' />
            {profile.actingAs && (
              <ListItem label={t('mine.policies')} onClick={() => go('/packages/policies/pages/index/index')} testId='mine-policies' />
            )}
            {staff.data?.staff && (
              <ListItem
                label={t('mine.staffDesk')}
                value={staff.data.staff.office}
                onClick={() => go('/packages/staff/pages/queue/index')}
                testId='mine-staff-desk'
              />
            )}
            <ListItem
              label={t('mine.enterprises')}
              value={String(profile.enterprises.length)}
              onClick={() => go('/packages/account/pages/enterprises/index')}
              testId='mine-enterprises'
            />
          </View>
        )}
      </Section>
      <Section title={t('mine.settings')}>
        <SwitchRow label={t('mine.elderMode')} checked={elderMode} onChange={setElderMode} testId='mine-elder-mode' />
        <ListItem
          label={t('mine.language')}
          value={LANGUAGES.find((l) => l.value === language)?.label}
          onClick={() => go('/packages/account/pages/settings/index')}
          testId='mine-language'
        />
        <ListItem label={t('mine.security')} onClick={() => go('/packages/account/pages/security/index')} testId='mine-security' />
      </Section>
      {signedIn && (
        <Section>
          <Button variant='danger' onClick={() => void onLogout()} testId='logout'>
            {t('mine.logout')}
          </Button>
        </Section>
      )}
    </PageShell>
  );
}
