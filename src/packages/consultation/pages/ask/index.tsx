import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import type { ConsultationAnswer } from '@contract/consultation';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { ErrorAlert } from '@/shared/ui/error-alert';
import { PageShell } from '@/shared/ui/page-shell';
import { Section } from '@/shared/ui/section';
import { AnswerCard } from '@/features/consultation/components/answer-card';
import { QuestionBox } from '@/features/consultation/components/question-box';
import { useAskQuestion } from '@/features/consultation/hooks/use-ask-question';
import { useConsultationT } from '@/features/consultation/hooks/use-consultation-t';

const EXAMPLES = {
  'zh-CN': ['补办身份证要带什么材料', '开公司要多久', '公积金提取在哪里办', '社保卡丢了怎么办'],
  en: ['How much does a passport cost?', 'What documents do I need to replace my ID card?', 'How long does it take to register a company?'],
} as const;

/** 智能咨询: ask in plain words; opened with ?q= it asks that at once, with ?prefill= (from a guide) it only fills it in. */
export default function ConsultationPage() {
  const t = useConsultationT();
  const { params } = useRouter<Record<string, string>>();
  const language = usePreferencesStore((s) => s.language);
  const city = usePreferencesStore((s) => s.city);
  const ask = useAskQuestion();
  const [text, setText] = useState(decodeURIComponent(params.q ?? params.prefill ?? ''));
  const [tooShort, setTooShort] = useState(false);
  const [answers, setAnswers] = useState<ConsultationAnswer[]>([]);

  const send = async (question: string) => {
    const trimmed = question.trim();
    if (trimmed.length < 2) {
      setTooShort(true);
      return;
    }
    setTooShort(false);
    const answer = await ask.run({ question: trimmed, language, city });
    if (answer) setAnswers((list) => [answer, ...list]);
  };

  useEffect(() => {
    if (params.q) void send(decodeURIComponent(params.q));
    // Only the question the page was opened with is asked by itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <PageShell title={t('consult.title')}>
      <Section>
        <View className='ui-hint'>{t('consult.intro')}</View>
        <QuestionBox value={text} busy={ask.busy} error={tooShort ? t('consult.tooShort') : undefined} onChange={setText} onAsk={() => void send(text)} />
        <ErrorAlert error={ask.error} onRetry={() => void ask.retry()} inline />
      </Section>
      {answers.length === 0 && (
        <Section title={t('consult.examples')}>
          <View className='ui-chips'>
            {EXAMPLES[language].map((example) => (
              <View
                key={example}
                className='ui-chip'
                role='button'
                data-testid='consult-example'
                onClick={() => {
                  setText(example);
                  void send(example);
                }}
              >
                {example}
              </View>
            ))}
          </View>
        </Section>
      )}
      <Section>
        {answers.map((answer) => (
          <AnswerCard key={answer.id} answer={answer} />
        ))}
      </Section>
    </PageShell>
  );
}
