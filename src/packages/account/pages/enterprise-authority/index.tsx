import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { ENTERPRISE_SCOPES, useEnterpriseAuthority } from '@/features/profile/hooks/use-enterprise-authority';
import { useProfile } from '@/features/profile/hooks/use-profile';
import { useEnterpriseAuthorityT } from '@/features/profile/hooks/use-enterprise-authority-t';
import { Button } from '@/shared/ui/button';
import { DateInput } from '@/shared/ui/choice-inputs';
import { ErrorAlert } from '@/shared/ui/error-alert';
import { FormField } from '@/shared/ui/form-field';
import { PageShell } from '@/shared/ui/page-shell';
import { Card, Section } from '@/shared/ui/section';
import { formatDateTime } from '@/shared/date/dayjs';
import { usePreferencesStore } from '@/shared/state/preferences-store';

/** 经办人授权 (legal representative): grant an agent some scopes until a date, revoke, and see who did what. */
export default function EnterpriseAuthorityPage() {
  const t = useEnterpriseAuthorityT();
  const lang = usePreferencesStore((s) => s.language);
  const { params } = useRouter<Record<string, string>>();
  const enterpriseId = params.id ?? '';
  const { profile } = useProfile();
  const enterprise = profile?.enterprises.find((e) => e.id === enterpriseId);
  const a = useEnterpriseAuthority(enterpriseId);
  const scopeList = (scopes: readonly string[]) => scopes.map((s) => t(`enterpriseAuth.scope.${s}` as 'enterpriseAuth.scope.policies')).join('、');

  return (
    <PageShell title={t('enterpriseAuth.title')}>
      {enterprise && (
        <Section>
          <Card>
            <View className='ui-section__title'>{enterprise.name}</View>
            <View className='ui-hint'>{enterprise.creditCode}</View>
          </Card>
        </Section>
      )}
      {a.loadError !== null && (
        <Section>
          <ErrorAlert error={a.loadError} />
        </Section>
      )}
      <Section title={t('enterpriseAuth.grant')}>
        <Card>
          <FormField id='grantee-name' label={t('enterpriseAuth.granteeName')} value={a.name} placeholder='' maxlength={30} error={a.errors.granteeName || undefined} onChange={a.setName} />
          <FormField id='grantee-id-number' label={t('enterpriseAuth.granteeIdNumber')} value={a.idNumber} placeholder='' maxlength={18} error={a.errors.granteeIdNumber || undefined} onChange={a.setIdNumber} />
          <View className='ui-field'>
            <View className='ui-field__label'>{t('enterpriseAuth.validUntil')}</View>
            <DateInput id='grantee-valid-until' label={t('enterpriseAuth.validUntil')} value={a.validUntil} placeholder={t('enterpriseAuth.pickDate')} onChange={a.setValidUntil} />
            {a.errors.validUntil ? <View className='ui-field__error'>{a.errors.validUntil}</View> : null}
          </View>
          <View className='ui-field' role='group' aria-label={t('enterpriseAuth.scopes', { scopes: '' })}>
            {ENTERPRISE_SCOPES.map((scope) => (
              <Button key={scope} variant={a.scopes.includes(scope) ? 'primary' : 'secondary'} onClick={() => a.toggleScope(scope)} testId={`scope-${scope}`}>
                {`${a.scopes.includes(scope) ? '✓ ' : ''}${t(`enterpriseAuth.scope.${scope}`)}`}
              </Button>
            ))}
            {a.errors.scopes ? <View className='ui-field__error'>{a.errors.scopes}</View> : null}
          </View>
          <Button loading={a.busy} onClick={() => void a.grant()} testId='grant-authorization'>
            {t('enterpriseAuth.submit')}
          </Button>
        </Card>
      </Section>
      <Section title={t('enterpriseAuth.list')}>
        {a.authorizations?.length === 0 && <Card>{t('enterpriseAuth.none')}</Card>}
        {a.authorizations?.map((g) => (
          <View key={g.id} className='ui-card' data-testid='authorization-item'>
            <View className='ui-section__title'>
              {g.granteeName} · {g.granteeIdNumber}
            </View>
            <View className='ui-hint'>
              {t(`enterpriseAuth.status.${g.status}`)} · {t('enterpriseAuth.until', { date: g.validUntil })} · {scopeList(g.scopes)}
            </View>
            {g.status === 'active' && (
              <Button variant='danger' onClick={() => void a.revoke(g.id)} testId='revoke-authorization'>
                {t('enterpriseAuth.revoke')}
              </Button>
            )}
          </View>
        ))}
      </Section>
      <Section title={t('enterpriseAuth.activity')}>
        {a.activity?.length === 0 && <Card>{t('enterpriseAuth.noActivity')}</Card>}
        {a.activity?.map((item) => (
          <View key={item.id} className='ui-card' data-testid='activity-item'>
            <View>
              {item.actorName}（{t(`enterprise.role.${item.actorRole}`)}）{t(`enterpriseAuth.action.${item.action}`)}
            </View>
            <View className='ui-hint'>
              {formatDateTime(item.at, lang)}
              {item.detail ? ` · ${item.detail}` : ''}
            </View>
          </View>
        ))}
      </Section>
    </PageShell>
  );
}
