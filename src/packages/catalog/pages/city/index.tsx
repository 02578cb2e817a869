import { View } from '@tarojs/components';
import { useCities } from '@/features/service-catalog/hooks/use-catalog';
import { useBrowseT } from '@/features/service-catalog/hooks/use-browse-t';
import { back } from '@/shared/platform/navigation';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { PageShell } from '@/shared/ui/page-shell';
import { Section } from '@/shared/ui/section';

/** 市州 switch: hot services, guides and halls follow the chosen city. */
export default function CityPage() {
  const t = useBrowseT();
  const city = usePreferencesStore((s) => s.city);
  const setCity = usePreferencesStore((s) => s.setCity);
  const cities = useCities().data?.items ?? [];
  return (
    <PageShell title={t('city.title')}>
      <Section title={t('city.title')}>
        <View className='ui-chips'>
          {cities.map((c) => (
            <View
              key={c.code}
              role='button'
              aria-pressed={c.code === city}
              className={`ui-chip${c.code === city ? ' ui-chip--active' : ''}`}
              onClick={() => {
                setCity(c.code);
                back();
              }}
            >
              {c.name}
            </View>
          ))}
        </View>
      </Section>
    </PageShell>
  );
}
