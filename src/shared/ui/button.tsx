import { Button as TaroButton } from '@tarojs/components';
import type { ReactNode } from 'react';

interface ButtonProps {
  variant?: 'primary' | 'secondary' | 'danger';
  disabled?: boolean;
  loading?: boolean;
  openType?: 'getPhoneNumber' | 'share' | 'contact';
  onClick?: () => void;
  children: ReactNode;
  testId?: string;
}

export function Button({ variant = 'primary', disabled, loading, onClick, children, testId }: ButtonProps) {
  const inactive = disabled || loading;
  return (
    <TaroButton
      className={`ui-button ui-button--${variant}${inactive ? ' ui-button--disabled' : ''}`}
      disabled={inactive}
      loading={loading}
      onClick={inactive ? undefined : onClick}
      data-testid={testId}
    >
      {children}
    </TaroButton>
  );
}
