import { useAccountT } from '@/features/account/hooks/use-account-t';
import { LANGUAGES } from '@/shared/i18n/i18n';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { ListItem } from '@/shared/ui/list-item';
import { PageShell } from '@/shared/ui/page-shell';
import { Section } from '@/shared/ui/section';
import { SwitchRow } from '@/shared/ui/switch-row';

export default function SettingsPage() {
  const t = useAccountT();
  const { language, setLanguage, elderMode, setElderMode } = usePreferencesStore();
  return (
    <PageShell title={t('settings.title')}>
      <Section>
        <SwitchRow label={t('settings.elderMode')} hint={t('settings.elderModeHint')} checked={elderMode} onChange={setElderMode} />
      </Section>
      <Section title={t('settings.language')}>
        {LANGUAGES.map((l) => (
          <ListItem
            key={l.value}
            label={l.label}
            value={l.value === language ? '✓' : ''}
            onClick={() => setLanguage(l.value)}
            testId={`language-${l.value}`}
          />
        ))}
      </Section>
    </PageShell>
  );
}
