import { View } from '@tarojs/components';
import { errorMessage } from '@/shared/api/error-message';
import { useT } from '@/shared/i18n/use-t';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { Button } from './button';
import { Section } from './section';

interface ErrorAlertProps {
  error: unknown;
  /** Offered when trying again can help (a failed load): a dropped connection is the usual cause. */
  onRetry?: () => void;
  /** Inside a card or list, rather than a section of its own. */
  inline?: boolean;
}

/** A failed load or change, in words the user can act on; nothing when there is no error. */
export function ErrorAlert({ error, onRetry, inline = false }: ErrorAlertProps) {
  const t = useT();
  const lang = usePreferencesStore((s) => s.language);
  if (error === null || error === undefined) return null;
  const alert = (
    <View className={inline ? 'ui-field__error' : 'ui-card ui-field__error'} role='alert' data-testid='error-alert'>
      <View>{errorMessage(lang, error)}</View>
      {onRetry && (
        <Button variant='secondary' onClick={onRetry} testId='error-retry'>
          {t('common.retry')}
        </Button>
      )}
    </View>
  );
  return inline ? alert : <Section>{alert}</Section>;
}
