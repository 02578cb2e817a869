import { View } from '@tarojs/components';
import type { ReactNode } from 'react';

export function Section({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <View className='ui-section'>
      {title && (
        <View className='ui-section__title' role='heading' aria-level={2}>
          {title}
        </View>
      )}
      {children}
    </View>
  );
}

export function Card({ children }: { children: ReactNode }) {
  return <View className='ui-card'>{children}</View>;
}
