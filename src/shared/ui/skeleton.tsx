import { View } from '@tarojs/components';

interface SkeletonProps {
  /** Placeholder rows, shaped like the list that is loading. */
  rows?: number;
  /** Said to screen readers while the shapes stand in, e.g. 加载中…. */
  label: string;
  /** Rows drawn as cards (a wallet's certificates) rather than lines of a list. */
  variant?: 'list' | 'card';
}

/**
 * What a list shows while it loads: grey shapes where its rows will be, so the page keeps its
 * layout instead of jumping when they arrive.
 */
export function Skeleton({ rows = 3, label, variant = 'list' }: SkeletonProps) {
  return (
    <View className={`ui-skeleton ui-skeleton--${variant}`} role='status' aria-busy='true' data-testid='skeleton'>
      <View className='ui-sr-only'>{label}</View>
      {Array.from({ length: rows }, (_, i) => (
        <View key={i} className='ui-skeleton__row' aria-hidden>
          <View className='ui-skeleton__block ui-skeleton__block--icon' />
          <View className='ui-skeleton__lines'>
            <View className='ui-skeleton__block ui-skeleton__block--title' />
            <View className='ui-skeleton__block ui-skeleton__block--line' />
          </View>
        </View>
      ))}
    </View>
  );
}
