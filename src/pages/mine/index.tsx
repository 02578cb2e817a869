import Taro from '@tarojs/taro';
import { ProfileCard } from '@/features/account/components/profile-card';
import { useAccountT } from '@/features/account/hooks/use-account-t';
import { useSessionActions } from '@/features/auth/hooks/use-session-actions';
import { useProfile } from '@/features/profile/hooks/use-profile';
import { useStaffMembership } from '@/features/staff-desk/hooks/use-staff-membership';
import { LANGUAGES } from '@/shared/i18n/i18n';
import { go } from '@/shared/platform/navigation';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { Button } from '@/shared/ui/button';
import { Icon } from '@/shared/ui/icon';
import {
  applicationsIcon,
  bellIcon,
  briefcaseIcon,
  buildingIcon,
  giftIcon,
  globeIcon,
  hotlineIcon,
  lockIcon,
  textSizeIcon,
  userIcon,
} from '@/shared/ui/icons/account-icons';
import { starIcon } from '@/shared/ui/icons/favorite-icons';
import { ListItem } from '@/shared/ui/list-item';
import { PageShell } from '@/shared/ui/page-shell';
import { Section } from '@/shared/ui/section';
import { SwitchRow } from '@/shared/ui/switch-row';

export default function MinePage() {
  const t = useAccountT();
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
      <ProfileCard profile={profile} signedIn={signedIn} />
      {signedIn && profile && (
        <Section title={t('mine.services')}>
          <ListItem
            icon={<Icon glyph={userIcon} />}
            label={t('mine.actingAs')}
            value={profile.actingAs ? profile.actingAs.name : t('mine.actingAsPerson')}
            onClick={() => go('/packages/account/pages/enterprises/index')}
            testId='mine-acting-as'
          />
          <ListItem icon={<Icon glyph={applicationsIcon} />} label={t('mine.applications')} onClick={() => go('/packages/applications/pages/list/index')} testId='mine-applications' />
          <ListItem icon={<Icon glyph={starIcon} />} label={t('mine.favorites')} onClick={() => go('/packages/catalog/pages/favorites/index')} testId='mine-favorites' />
          <ListItem icon={<Icon glyph={bellIcon} />} label={t('mine.messages')} onClick={() => go('/packages/applications/pages/messages/index')} testId='mine-messages' />
          <ListItem icon={<Icon glyph={hotlineIcon} />} label={t('mine.cases')} onClick={() => go('/packages/cases/pages/list/index')} testId='mine-cases' />
          {profile.actingAs && (
            <ListItem icon={<Icon glyph={giftIcon} />} label={t('mine.policies')} onClick={() => go('/packages/policies/pages/index/index')} testId='mine-policies' />
          )}
          {staff.data?.staff && (
            <ListItem
              icon={<Icon glyph={briefcaseIcon} />}
              label={t('mine.staffDesk')}
              value={staff.data.staff.office}
              onClick={() => go('/packages/staff/pages/queue/index')}
              testId='mine-staff-desk'
            />
          )}
          <ListItem
            icon={<Icon glyph={buildingIcon} />}
            label={t('mine.enterprises')}
            value={String(profile.enterprises.length)}
            onClick={() => go('/packages/account/pages/enterprises/index')}
            testId='mine-enterprises'
          />
        </Section>
      )}
      <Section title={t('mine.settings')}>
        <SwitchRow icon={<Icon glyph={textSizeIcon} />} label={t('mine.elderMode')} checked={elderMode} onChange={setElderMode} testId='mine-elder-mode' />
        <ListItem
          icon={<Icon glyph={globeIcon} />}
          label={t('mine.language')}
          value={LANGUAGES.find((l) => l.value === language)?.label}
          onClick={() => go('/packages/account/pages/settings/index')}
          testId='mine-language'
        />
        <ListItem icon={<Icon glyph={lockIcon} />} label={t('mine.security')} onClick={() => go('/packages/account/pages/security/index')} testId='mine-security' />
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
