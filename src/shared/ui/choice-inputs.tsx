import { Picker, View } from '@tarojs/components';

export interface DateInputProps {
  id: string;
  label: string;
  value: string;
  placeholder: string;
  disabled?: boolean;
  onChange: (value: string) => void;
}

export interface SelectInputProps {
  id: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
  placeholder: string;
  disabled?: boolean;
  onChange: (value: string) => void;
}

/** Mini-program: WeChat's native date picker. */
export function DateInput({ id, label, value, placeholder, disabled, onChange }: DateInputProps) {
  return (
    <Picker mode='date' value={value} disabled={disabled} onChange={(e) => onChange(String(e.detail.value))}>
      <View className='ui-field__input' role='button' aria-label={label} id={id}>
        {value || placeholder}
      </View>
    </Picker>
  );
}

/** Mini-program: WeChat's native selector. */
export function SelectInput({ id, label, value, options, placeholder, disabled, onChange }: SelectInputProps) {
  const index = options.findIndex((o) => o.value === value);
  return (
    <Picker mode='selector' range={options.map((o) => o.label)} value={Math.max(0, index)} disabled={disabled} onChange={(e) => onChange(options[Number(e.detail.value)].value)}>
      <View className='ui-field__input' role='button' aria-label={label} id={id}>
        {index >= 0 ? options[index].label : placeholder}
      </View>
    </Picker>
  );
}
