import { View } from '@tarojs/components';
import type { ServiceDetail } from '@contract/catalog';
import { useGuideT } from '@/features/service-catalog/hooks/use-guide-t';
import { Section } from '@/shared/ui/section';

/** 办事指南: what to meet, what to bring (and which e-certificate replaces it), how, how long. */
export function ServiceGuide({ service }: { service: ServiceDetail }) {
  const t = useGuideT();
  const g = service.guide;
  return (
    <View>
      <View id='guide-summary' />
      <Section title={t('guide.summary')}>
        <View className='ui-card'>
          <View>{g.summary}</View>
          <View className='guide__facts'>
            <View className='guide__fact'>
              <View className='ui-hint'>{t('guide.promised')}</View>
              <View className='guide__fact-value' data-testid='promised-limit'>
                {g.promisedLimitDays === 0 ? t('guide.immediate') : t(g.promisedLimitDays === 1 ? 'guide.workingDay' : 'guide.workingDays', { days: g.promisedLimitDays })}
              </View>
            </View>
            <View className='guide__fact'>
              <View className='ui-hint'>{t('guide.legal')}</View>
              <View className='guide__fact-value'>
                {g.legalLimitDays === 0 ? t('guide.immediate') : t(g.legalLimitDays === 1 ? 'guide.workingDay' : 'guide.workingDays', { days: g.legalLimitDays })}
              </View>
            </View>
            <View className='guide__fact'>
              <View className='ui-hint'>{t('guide.fee')}</View>
              <View className='guide__fact-value'>{g.fee}</View>
            </View>
          </View>
        </View>
      </Section>
      <View id='guide-conditions' />
      <Section title={t('guide.conditions')}>
        <View className='ui-card'>
          {g.conditions.map((c, i) => (
            <View key={i} className='guide__item'>
              {i + 1}. {c}
            </View>
          ))}
        </View>
      </Section>
      <View id='guide-materials' />
      <Section title={t('guide.materials')}>
        <View className='ui-card' data-testid='materials'>
          {g.materials.length === 0 && <View>{t('guide.noMaterials')}</View>}
          {g.materials.map((m, i) => (
            <View key={i} className='guide__item'>
              <View>
                {m.name}
                {!m.required && <View className='ui-hint guide__inline'> {t('guide.optional')}</View>}
              </View>
              <View className='ui-hint'>
                {t(`material.form.${m.form}`)}
                {m.copies > 0 ? ` · ${t(m.copies === 1 ? 'guide.copy' : 'guide.copies', { n: m.copies })}` : ''}
                {m.note ? ` · ${m.note}` : ''}
              </View>
              {m.certificateClass && (
                <View className='ui-badge ui-badge--success'>
                  {t('guide.replacedBy', { name: service.certificateNames[m.certificateClass] ?? m.certificateClass })}
                </View>
              )}
            </View>
          ))}
        </View>
      </Section>
      <View id='guide-steps' />
      <Section title={t('guide.steps')}>
        <View className='ui-card'>
          {g.steps.map((s, i) => (
            <View key={i} className='guide__item'>
              <View className='guide__step-title'>
                {i + 1}. {s.title}
              </View>
              <View className='ui-hint'>{s.detail}</View>
            </View>
          ))}
        </View>
      </Section>
      <View id='guide-where' />
      <Section title={t('guide.where')}>
        <View className='ui-card'>
          <View>{g.locations}</View>
          {g.phone && <View className='ui-hint'>{t('guide.phone', { phone: g.phone })}</View>}
        </View>
      </Section>
      <Section title={t('guide.basis')}>
        <View className='ui-card'>
          {g.legalBasis.map((b, i) => (
            <View key={i} className='ui-hint guide__item'>
              {b}
            </View>
          ))}
        </View>
      </Section>
    </View>
  );
}
