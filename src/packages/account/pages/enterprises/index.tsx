import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEnterprises } from '@/features/profile/hooks/use-enterprises';
import { useProfile } from '@/features/profile/hooks/use-profile';
import { useEnterpriseAuthorityT } from '@/features/profile/hooks/use-enterprise-authority-t';
import { Button } from '@/shared/ui/button';
import { FormField } from '@/shared/ui/form-field';
import { PageShell } from '@/shared/ui/page-shell';
import { Card, Section } from '@/shared/ui/section';
import { SignInPrompt } from '@/shared/ui/sign-in-prompt';
import { EnterpriseInspectionsLink } from '@/features/supervision/components/supervision-links';

export default function EnterprisesPage() {
  const t = useEnterpriseAuthorityT();
  const { profile, signedIn } = useProfile();
  const ent = useEnterprises();

  if (!signedIn || !profile) {
    return (
      <PageShell title={t('enterprise.title')}>
        <Section>
          <SignInPrompt message={t('common.notLoggedIn')} />
        </Section>
      </PageShell>
    );
  }
  if (!profile.realName) {
    return (
      <PageShell title={t('enterprise.title')}>
        <Section>
          <SignInPrompt message={t('enterprise.needRealName')} needRealName />
        </Section>
      </PageShell>
    );
  }

  return (
    <PageShell title={t('enterprise.title')}>
      <Section title={t('enterprise.acting')}>
        <Card>
          <View data-testid='acting-as'>{profile.actingAs ? profile.actingAs.name : t('mine.actingAsPerson')}</View>
          {profile.actingAs && (
            <Button variant='secondary' onClick={() => void ent.actAs(null)}>
              {t('enterprise.switchToPerson')}
            </Button>
          )}
        </Card>
        {profile.actingAs && <EnterpriseInspectionsLink />}
      </Section>
      <Section title={t('enterprise.title')}>
        {profile.enterprises.length === 0 && <Card>{t('enterprise.none')}</Card>}
        {profile.enterprises.map((e) => (
          <View key={e.id} className='ui-card enterprise__item' data-testid='enterprise-item'>
            <View className='ui-section__title'>{e.name}</View>
            <View className='ui-hint'>
              {e.creditCode} · {t(`enterprise.role.${e.role}`)}
            </View>
            {e.role === 'agent' && (
              <View className='ui-hint' data-testid='enterprise-scopes'>
                {e.scopes.length > 0
                  ? t('enterpriseAuth.scopes', { scopes: e.scopes.map((s) => t(`enterpriseAuth.scope.${s}`)).join('、') })
                  : t('enterpriseAuth.noScopes')}
              </View>
            )}
            {e.role === 'legal_representative' && (
              <Button
                variant='secondary'
                onClick={() => void Taro.navigateTo({ url: `/packages/account/pages/enterprise-authority/index?id=${encodeURIComponent(e.id)}` })}
                testId='manage-authorizations'
              >
                {t('enterpriseAuth.manage')}
              </Button>
            )}
            {profile.actingAs?.id !== e.id && (
              <Button variant='secondary' onClick={() => void ent.actAs(e.id)} testId='act-as'>
                {t('enterprise.actAs')}
              </Button>
            )}
            <Button variant='danger' onClick={() => void ent.unbind(e.id)}>
              {t('enterprise.unbind')}
            </Button>
          </View>
        ))}
      </Section>
      <Section title={t('enterprise.bind')}>
        <Card>
          <FormField
            id='credit-code'
            label={t('enterprise.creditCode')}
            value={ent.creditCode}
            placeholder={t('enterprise.creditCodePlaceholder')}
            maxlength={18}
            error={ent.error}
            onChange={ent.setCreditCode}
          />
          <Button loading={ent.busy} onClick={() => void ent.bind()} testId='bind-enterprise'>
            {t('enterprise.bindSubmit')}
          </Button>
        </Card>
      </Section>
    </PageShell>
  );
}
