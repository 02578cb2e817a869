import { Switch, View } from '@tarojs/components';

interface SwitchRowProps {
  label: string;
  hint?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  testId?: string;
}

export function SwitchRow({ label, hint, checked, onChange, testId }: SwitchRowProps) {
  return (
    <View className='ui-list-item' data-testid={testId}>
      <View className='ui-list-item__label'>
        <View>{label}</View>
        {hint && <View className='ui-hint'>{hint}</View>}
      </View>
      <Switch checked={checked} aria-label={label} color='#1452c2' onChange={(e) => onChange(e.detail.value)} />
    </View>
  );
}
