import { View } from '@tarojs/components';
import type { ReactNode } from 'react';

interface ListItemProps {
  /** A pictogram before the label (<Icon />). */
  icon?: ReactNode;
  label: ReactNode;
  value?: ReactNode;
  onClick?: () => void;
  testId?: string;
}

export function ListItem({ icon, label, value, onClick, testId }: ListItemProps) {
  return (
    <View
      className='ui-list-item'
      onClick={onClick}
      role={onClick ? 'button' : undefined}
      data-testid={testId}
    >
      {icon && <View className='ui-list-item__icon'>{icon}</View>}
      <View className='ui-list-item__label'>{label}</View>
      {value !== undefined && <View className='ui-list-item__value'>{value}</View>}
      {onClick && <View className='ui-list-item__arrow' aria-hidden>›</View>}
    </View>
  );
}
