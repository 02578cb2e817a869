import { Input, View } from '@tarojs/components';
import type { ReactNode } from 'react';

interface FormFieldProps {
  id: string;
  label: string;
  value: string;
  placeholder?: string;
  type?: 'text' | 'number' | 'idcard' | 'digit';
  maxlength?: number;
  error?: string;
  onChange: (value: string) => void;
  /** An action next to the input, e.g. 获取验证码. */
  action?: ReactNode;
}

export function FormField({ id, label, value, placeholder, type = 'text', maxlength, error, onChange, action }: FormFieldProps) {
  return (
    <View className='ui-field'>
      <View className='ui-field__label' id={`${id}-label`}>
        {label}
      </View>
      <View className='ui-field__row'>
        <Input
          className='ui-field__input'
          id={id}
          name={id}
          type={type}
          value={value}
          placeholder={placeholder}
          maxlength={maxlength}
          aria-label={label}
          nativeProps={{ 'aria-label': label }}
          onInput={(e) => onChange(e.detail.value)}
        />
        {action}
      </View>
      {error && (
        <View className='ui-field__error' role='alert' data-testid={`${id}-error`}>
          {error}
        </View>
      )}
    </View>
  );
}
