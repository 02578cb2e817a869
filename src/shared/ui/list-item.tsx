import { View } from '@tarojs/components';
import type { ReactNode } from 'react';

interface ListItemProps {
  label: ReactNode;
  value?: ReactNode;
  onClick?: () => void;
  testId?: string;
}

export function ListItem({ label, value, onClick, testId }: ListItemProps) {
  return (
    <View
      className='ui-list-item'
      onClick={onClick}
      role={onClick ? 'button' : undefined}
      data-testid={testId}
    >
      <View className='ui-list-item__label'>{label}</View>
      {value !== undefined && <View className='ui-list-item__value'>{value}</View>}
      {onClick && <View className='ui-list-item__arrow' aria-hidden>›</View>}
    </View>
  );
}
