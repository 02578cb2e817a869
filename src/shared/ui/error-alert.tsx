import { View } from '@tarojs/components';
import { errorMessage } from '../api/error-message';
import { usePreferencesStore } from '../state/preferences-store';
import { Section } from './section';

/** A failed load, in words the user can act on; nothing when there is no error. */
export function ErrorAlert({ error }: { error: unknown }) {
  const lang = usePreferencesStore((s) => s.language);
  if (error === null || error === undefined) return null;
  return (
    <Section>
      <View className='ui-card ui-field__error' role='alert'>
        {errorMessage(lang, error)}
      </View>
    </Section>
  );
}
