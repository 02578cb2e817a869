import { View } from '@tarojs/components';
import type { CertificateFieldDef, PresentationTemplate, TemplateFields } from '@contract/certificates';
import type { WalletMessageKey } from '@/features/certificate-wallet/i18n/wallet-messages';
import { useWalletT } from '@/features/certificate-wallet/hooks/use-wallet-t';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { TEMPLATES, disclosedKeys, type PresentationChoice } from '@/features/certificate-wallet/model/presentation-choice';
import './wallet.scss';

type FieldDef = Pick<CertificateFieldDef, 'key' | 'label' | 'labelEn' | 'type' | 'sensitive'>;

const TEMPLATE_LABEL: Record<PresentationTemplate, { name: WalletMessageKey; hint: WalletMessageKey }> = {
  lodging: { name: 'present.template.lodging', hint: 'present.template.lodgingHint' },
  transport: { name: 'present.template.transport', hint: 'present.template.transportHint' },
  window: { name: 'present.template.window', hint: 'present.template.windowHint' },
};

interface FieldChooserProps {
  fields: readonly FieldDef[];
  value: PresentationChoice;
  onChange: (choice: PresentationChoice) => void;
  /** Offline: only the fields the stored credential can disclose (never the photo). */
  available?: readonly string[] | null;
  /** Template field lists the node used online, when known. */
  /** What 住宿/交通 disclose for this class (from the node's catalogue). */
  templates: TemplateFields;
}

/** 亮证: a scene template, or the holder's own pick of fields; says exactly what will be shown. */
export function FieldChooser({ fields, value, onChange, available, templates }: FieldChooserProps) {
  const t = useWalletT();
  const lang = usePreferencesStore((s) => s.language);
  const labelOf = (f: FieldDef) => (lang === 'en' ? f.labelEn : f.label);
  const pickable = fields.filter((f) => !available || available.includes(f.key));
  const shown = disclosedKeys(fields, value, { templates, available });
  const byKey = new Map(fields.map((f) => [f.key, f]));

  const toggle = (key: string) => {
    const current = value.kind === 'fields' ? value.fields : shown;
    const next = current.includes(key) ? current.filter((k) => k !== key) : [...current, key];
    onChange({ kind: 'fields', fields: next });
  };

  return (
    <View data-testid='field-chooser'>
      <View className='chooser__templates' role='radiogroup' aria-label={t('present.chooseTemplate')}>
        {TEMPLATES.map((tpl) => {
          const active = value.kind === 'template' && value.template === tpl;
          return (
            <View
              key={tpl}
              role='radio'
              aria-checked={active}
              className={`chooser__option${active ? ' chooser__option--active' : ''}`}
              data-testid={`template-${tpl}`}
              onClick={() => onChange({ kind: 'template', template: tpl })}
            >
              <View>{t(TEMPLATE_LABEL[tpl].name)}</View>
              <View className='ui-hint'>{t(TEMPLATE_LABEL[tpl].hint)}</View>
            </View>
          );
        })}
        <View
          role='radio'
          aria-checked={value.kind === 'fields'}
          className={`chooser__option${value.kind === 'fields' ? ' chooser__option--active' : ''}`}
          data-testid='template-custom'
          onClick={() => onChange({ kind: 'fields', fields: shown })}
        >
          <View>{t('present.custom')}</View>
          <View className='ui-hint'>{t('present.customHint')}</View>
        </View>
      </View>
      {value.kind === 'fields' && (
        <View className='ui-card' role='group' aria-label={t('present.pickFields')}>
          {pickable.map((f) => {
            const on = value.fields.includes(f.key);
            return (
              <View
                key={f.key}
                role='checkbox'
                aria-checked={on}
                className={`chooser__field${on ? ' chooser__field--on' : ''}`}
                data-testid={`pick-${f.key}`}
                onClick={() => toggle(f.key)}
              >
                <View className='chooser__box' aria-hidden>
                  {on ? '✓' : ''}
                </View>
                <View>
                  {labelOf(f)}
                  {f.sensitive && <View className='ui-hint'>{t('present.sensitiveMasked')}</View>}
                  {f.type === 'image' && <View className='ui-hint'>{t('present.photoOnline')}</View>}
                </View>
              </View>
            );
          })}
        </View>
      )}
      <View className='chooser__disclosed' data-testid='disclosed-preview' aria-live='polite'>
        {shown.length === 0
          ? t('present.nothingChosen')
          : t('present.willShow', { fields: shown.map((k) => (byKey.get(k) ? labelOf(byKey.get(k) as FieldDef) : k)).join('、') })}
      </View>
    </View>
  );
}
