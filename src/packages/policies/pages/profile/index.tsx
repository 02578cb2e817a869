import { View } from '@tarojs/components';
import type { SizeClass } from '@contract/enterprise-size';
import { INDUSTRY_SECTIONS } from '@contract/industry-codes';
import { SICHUAN_COUNTIES } from '@contract/sichuan-regions';
import { useEnterpriseProfile } from '@/features/enterprise-policy/hooks/use-enterprise-profile';
import { ENTERPRISE_TAGS, SIZE_OPTIONS } from '@/features/enterprise-policy/model/policy-options';
import { hasPolicyMessage, usePolicyT } from '@/features/enterprise-policy/hooks/use-policy-t';
import { back } from '@/shared/platform/navigation';
import { Button } from '@/shared/ui/button';
import { DateInput, SelectInput } from '@/shared/ui/choice-inputs';
import { FormField } from '@/shared/ui/form-field';
import { ErrorAlert } from '@/shared/ui/error-alert';
import { PageShell } from '@/shared/ui/page-shell';
import { Card, Section } from '@/shared/ui/section';
import { Segmented } from '@/shared/ui/segmented';

const NUMBER_FIELDS = ['employees', 'insuredEmployees', 'annualRevenue', 'rdRatio', 'newGraduatesHired', 'employsDisabled', 'layoffRate'] as const;

/** 一企一档: what the matching engine needs to know; empty = unknown, never guessed. */
export default function EnterpriseProfilePage() {
  const t = usePolicyT();
  const p = useEnterpriseProfile();
  const d = p.draft;
  const message = (field: string) => {
    const code = p.errors[field];
    if (!code) return undefined;
    const key = `policyIssue.${code}`;
    return hasPolicyMessage(key) ? t(key) : t('policyIssue.INVALID_FORMAT');
  };
  const section = INDUSTRY_SECTIONS.find((s) => s.code === d?.industrySection);

  return (
    <PageShell title={t('policy.profile')}>
      <ErrorAlert error={p.loadError} />
      {d && p.meta && (
        <Section title={p.meta.name}>
          <Card>
            <View className='ui-hint'>{p.meta.creditCode}</View>
            <View className='ui-field'>
              <View className='app-form__label'>{t('profileField.industrySection')}</View>
              <SelectInput
                id='p-industrySection'
                label={t('profileField.industrySection')}
                value={d.industrySection}
                placeholder={t('form.choose')}
                options={INDUSTRY_SECTIONS.map((s) => ({ value: s.code, label: `${s.code} ${s.name}` }))}
                onChange={(v) => {
                  p.set('industrySection', v);
                  p.set('industryDivision', '');
                }}
              />
            </View>
            <View className='ui-field'>
              <View className='app-form__label'>{t('profileField.industryDivision')}</View>
              <SelectInput
                id='p-industryDivision'
                label={t('profileField.industryDivision')}
                value={d.industryDivision}
                placeholder={t('form.choose')}
                options={(section?.divisions ?? []).map((x) => ({ value: x.code, label: `${x.code} ${x.name}` }))}
                onChange={(v) => p.set('industryDivision', v)}
              />
              {message('industryDivision') && <View className='ui-field__error'>{message('industryDivision')}</View>}
            </View>
            <View className='ui-field'>
              <View className='app-form__label'>{t('profileField.regionCode')}</View>
              <SelectInput
                id='p-regionCode'
                label={t('profileField.regionCode')}
                value={d.regionCode}
                placeholder={t('form.choose')}
                options={Object.entries(SICHUAN_COUNTIES).map(([code, name]) => ({ value: code, label: name }))}
                onChange={(v) => p.set('regionCode', v)}
              />
            </View>
            <View className='ui-field'>
              <View className='app-form__label'>{t('profileField.foundedOn')}</View>
              <DateInput id='p-foundedOn' label={t('profileField.foundedOn')} value={d.foundedOn} placeholder={t('form.choose')} onChange={(v) => p.set('foundedOn', v)} />
              {message('foundedOn') && <View className='ui-field__error'>{message('foundedOn')}</View>}
            </View>
            {NUMBER_FIELDS.map((field) => (
              <FormField
                key={field}
                id={`p-${field}`}
                label={t(`profileField.${field}`)}
                type='digit'
                value={d[field]}
                placeholder={t('policy.unknownPlaceholder')}
                error={message(field)}
                onChange={(v) => p.set(field, v)}
              />
            ))}
            <View className='ui-field'>
              <View className='app-form__label'>{t('profileField.sizeClass')}</View>
              <SelectInput
                id='p-sizeClass'
                label={t('profileField.sizeClass')}
                value={d.sizeClass}
                placeholder={p.meta.suggestedSizeClass ? t('policy.suggestedSize', { size: t(`size.${p.meta.suggestedSizeClass as SizeClass}`) }) : t('form.choose')}
                options={SIZE_OPTIONS.map((s) => ({ value: s, label: t(`size.${s}`) }))}
                onChange={(v) => p.set('sizeClass', v)}
              />
            </View>
            <View className='ui-field'>
              <View className='app-form__label'>{t('profileField.tags')}</View>
              <View className='ui-chips' role='group' aria-label={t('profileField.tags')}>
                {ENTERPRISE_TAGS.map((tag) => {
                  const on = d.tags.includes(tag);
                  return (
                    <View
                      key={tag}
                      role='checkbox'
                      aria-checked={on}
                      className={`ui-chip${on ? ' ui-chip--active' : ''}`}
                      onClick={() => p.set('tags', on ? d.tags.filter((x) => x !== tag) : [...d.tags, tag])}
                    >
                      {t(`tag.${tag}`)}
                    </View>
                  );
                })}
              </View>
            </View>
            <View className='ui-field'>
              <View className='app-form__label'>{t('profileField.hasCreditViolations')}</View>
              <Segmented
                value={d.hasCreditViolations === null ? 'unknown' : d.hasCreditViolations ? 'yes' : 'no'}
                onChange={(v) => p.set('hasCreditViolations', v === 'unknown' ? null : v === 'yes')}
                options={[
                  { value: 'no', label: t('policy.no') },
                  { value: 'yes', label: t('policy.yes') },
                  { value: 'unknown', label: t('policy.unknown') },
                ]}
              />
            </View>
            <Button loading={p.saving} onClick={() => void p.save().then((ok) => ok && back())} testId='profile-save'>
              {t('policy.saveProfile')}
            </Button>
          </Card>
        </Section>
      )}
    </PageShell>
  );
}
