import { View } from '@tarojs/components';
import { Button } from '@/shared/ui/button';
import { TextareaField } from '@/shared/ui/textarea-field';
import { useConsultationT } from '@/features/consultation/hooks/use-consultation-t';

export const QUESTION_MAX = 200;

interface QuestionBoxProps {
  value: string;
  busy: boolean;
  error?: string;
  onChange: (value: string) => void;
  onAsk: () => void;
}

export function QuestionBox({ value, busy, error, onChange, onAsk }: QuestionBoxProps) {
  const t = useConsultationT();
  return (
    <View>
      <TextareaField
        id='consult-question'
        label={t('consult.question')}
        value={value}
        placeholder={t('consult.placeholder')}
        maxlength={QUESTION_MAX}
        error={error}
        onChange={onChange}
      />
      <Button loading={busy} onClick={onAsk} testId='consult-ask'>
        {t('consult.ask')}
      </Button>
    </View>
  );
}
