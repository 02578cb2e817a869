import { View } from '@tarojs/components';
import { Button } from './button';
import { Icon } from './icon';
import type { IconGlyph } from './icons/glyph';

export interface EmptyStateProps {
  glyph: IconGlyph;
  title: string;
  /** Why the list is empty, or what will appear here. */
  hint?: string;
  /** The next step: a list with nothing in it says what to do, not only that there is nothing. */
  action?: { label: string; onClick: () => void; testId?: string };
  testId?: string;
}

export function EmptyState({ glyph, title, hint, action, testId }: EmptyStateProps) {
  return (
    <View className='ui-card ui-empty-state' data-testid={testId}>
      <View className='ui-empty-state__art'>
        <Icon glyph={glyph} tone='primary' size='xl' />
      </View>
      <View className='ui-empty-state__title'>{title}</View>
      {hint && <View className='ui-empty-state__hint'>{hint}</View>}
      {action && (
        <View className='ui-empty-state__action'>
          <Button variant='primary' onClick={action.onClick} testId={action.testId}>
            {action.label}
          </Button>
        </View>
      )}
    </View>
  );
}
