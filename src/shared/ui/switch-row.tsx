import { View } from '@tarojs/components';
import type { ReactNode } from 'react';

interface SwitchRowProps {
  /** A pictogram before the label (<Icon />). */
  icon?: ReactNode;
  label: string;
  hint?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  testId?: string;
}

/**
 * The whole row is the switch: one large tap target (适老化), and on H5 a labelled
 * role="switch" — Taro's own <Switch> renders an unlabelled checkbox there.
 */
export function SwitchRow({ icon, label, hint, checked, onChange, testId }: SwitchRowProps) {
  return (
    <View
      className='ui-list-item'
      role='switch'
      aria-checked={checked}
      aria-label={label}
      data-testid={testId}
      onClick={() => onChange(!checked)}
    >
      {icon && <View className='ui-list-item__icon'>{icon}</View>}
      <View className='ui-list-item__label'>
        <View>{label}</View>
        {hint && <View className='ui-hint'>{hint}</View>}
      </View>
      <View className={`ui-switch${checked ? ' ui-switch--on' : ''}`} aria-hidden>
        <View className='ui-switch__knob' />
      </View>
    </View>
  );
}
