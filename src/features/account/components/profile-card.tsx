import { View } from '@tarojs/components';
import type { Profile } from '@contract/identity';
import { useAccountT } from '@/features/account/hooks/use-account-t';
import { go } from '@/shared/platform/navigation';
import { Button } from '@/shared/ui/button';
import { Icon } from '@/shared/ui/icon';
import { shieldCheckIcon, userIcon } from '@/shared/ui/icons/account-icons';
import './account.scss';

const REGION_KEY = { '510000': 'region.510000', '500000': 'region.500000' } as const;

/** The first character of a masked name (张*, 欧阳**): the avatar's letter; none when masking hides it. */
export function avatarInitial(maskedName: string | undefined): string | null {
  const first = maskedName ? Array.from(maskedName.trim())[0] : undefined;
  return first && first !== '*' ? first : null;
}

/**
 * 我的's header: who is signed in (masked name and ID, phone), whether the name is verified, which
 * region's node holds the account and, for an enterprise's agent, on whose behalf they act.
 */
export function ProfileCard({ profile, signedIn }: { profile: Profile | null | undefined; signedIn: boolean }) {
  const t = useAccountT();
  if (!signedIn || !profile) {
    return (
      <View className='profile-card' data-testid='profile-card'>
        <View className='profile-card__top'>
          <View className='profile-card__avatar' aria-hidden>
            <Icon glyph={userIcon} tone='onPrimary' size='l' />
          </View>
          <View className='profile-card__who'>
            <View className='profile-card__name'>{t('profile.signedOutTitle')}</View>
            <View className='profile-card__line'>{t('profile.signedOutHint')}</View>
          </View>
        </View>
        <View className='profile-card__action'>
          <Button variant='secondary' onClick={() => go('/packages/account/pages/login/index')}>
            {t('common.goLogin')}
          </Button>
        </View>
      </View>
    );
  }
  const { realName } = profile;
  const initial = avatarInitial(realName?.maskedName);
  return (
    <View className='profile-card' data-testid='profile'>
      <View className='profile-card__top'>
        <View className='profile-card__avatar' aria-label={t('profile.avatar')}>
          {initial ? <View className='profile-card__initial'>{initial}</View> : <Icon glyph={userIcon} tone='onPrimary' size='l' />}
        </View>
        <View className='profile-card__who'>
          <View className='profile-card__name'>{realName?.maskedName ?? profile.maskedPhone}</View>
          {realName && <View className='profile-card__line'>{realName.maskedIdNumber}</View>}
          {realName && profile.maskedPhone && <View className='profile-card__line'>{profile.maskedPhone}</View>}
          {!realName && <View className='profile-card__line'>{t('profile.region', { region: t(REGION_KEY[profile.region]) })}</View>}
        </View>
      </View>
      <View className='profile-card__facts'>
        {realName ? (
          <View className='profile-card__badge profile-card__badge--verified' data-testid='profile-verified'>
            <Icon glyph={shieldCheckIcon} tone='success' size='s' />
            <View>{t('profile.verified')}</View>
          </View>
        ) : (
          <View
            className='profile-card__badge'
            role='button'
            data-testid='mine-real-name'
            onClick={() => go('/packages/account/pages/real-name/index')}
          >
            <View>{t('mine.realNameTodo')}</View>
            <View className='profile-card__badge-action' aria-hidden>
              ›
            </View>
          </View>
        )}
        {realName && <View className='profile-card__region'>{t('profile.region', { region: t(REGION_KEY[profile.region]) })}</View>}
      </View>
      {profile.actingAs && (
        <View className='profile-card__acting' data-testid='profile-acting-as'>
          {t('profile.actingAs', { name: profile.actingAs.name })}
        </View>
      )}
    </View>
  );
}
