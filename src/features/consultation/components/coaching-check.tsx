import { View } from '@tarojs/components';
import { useState } from 'react';
import type { CoachingFlow, CoachingQuestion } from '@contract/consultation';
import { go } from '@/shared/platform/navigation';
import { Button } from '@/shared/ui/button';
import { ErrorAlert } from '@/shared/ui/error-alert';
import { useAssessCoaching } from '@/features/consultation/hooks/use-assess-coaching';
import { useConsultationT } from '@/features/consultation/hooks/use-consultation-t';
import './consultation.scss';

type Answer = 'yes' | 'no' | 'unset';

function QuestionRow({ question, value, onChange }: { question: CoachingQuestion; value: Answer; onChange: (v: 'yes' | 'no') => void }) {
  const t = useConsultationT();
  return (
    <View className='coach-question' data-testid={`coach-${question.id}`}>
      <View>{question.text}</View>
      {question.note && <View className='ui-hint'>{question.note}</View>}
      {!question.required && <View className='ui-hint'>{t('coach.optional')}</View>}
      {question.certificate && <View className='ui-hint'>{t('coach.replacedBy', { name: question.certificate.name })}</View>}
      <View className='ui-chips' role='radiogroup' aria-label={question.text}>
        {(['yes', 'no'] as const).map((option) => (
          <View
            key={option}
            role='radio'
            aria-checked={value === option}
            className={`ui-chip${value === option ? ' ui-chip--active' : ''}`}
            data-testid={`coach-${question.id}-${option}`}
            onClick={() => onChange(option)}
          >
            {t(option === 'yes' ? 'coach.yes' : 'coach.no')}
          </View>
        ))}
      </View>
    </View>
  );
}

/** 事前申报辅导: the guide's conditions and materials as yes/no, then the server's verdict. */
export function CoachingCheck({ flow, onlineApplyUrl }: { flow: CoachingFlow; onlineApplyUrl: string }) {
  const t = useConsultationT();
  const assess = useAssessCoaching(flow.service.id);
  const [answers, setAnswers] = useState<Record<string, boolean>>({});
  const [verdict, setVerdict] = useState<Awaited<ReturnType<typeof assess.run>>>(undefined);
  const valueOf = (id: string): Answer => (answers[id] === undefined ? 'unset' : answers[id] ? 'yes' : 'no');
  const set = (id: string, v: 'yes' | 'no') => {
    setAnswers((a) => ({ ...a, [id]: v === 'yes' }));
    setVerdict(undefined);
  };
  const conditions = flow.questions.filter((q) => q.kind === 'condition');
  const materials = flow.questions.filter((q) => q.kind === 'material');
  const ok = verdict?.outcome === 'qualifies';

  return (
    <View>
      <View className='ui-section__title' role='heading' aria-level={2}>
        {t('coach.conditions')}
      </View>
      {conditions.map((q) => (
        <QuestionRow key={q.id} question={q} value={valueOf(q.id)} onChange={(v) => set(q.id, v)} />
      ))}
      {materials.length > 0 && (
        <View className='ui-section__title' role='heading' aria-level={2}>
          {t('coach.materials')}
        </View>
      )}
      {materials.map((q) => (
        <QuestionRow key={q.id} question={q} value={valueOf(q.id)} onChange={(v) => set(q.id, v)} />
      ))}
      <Button loading={assess.busy} onClick={() => void assess.run(answers).then(setVerdict)} testId='coach-check'>
        {t('coach.check')}
      </Button>
      <ErrorAlert error={assess.error} inline />
      {verdict && (
        <View className={`ui-card coach-verdict ${ok ? 'coach-verdict--ok' : 'coach-verdict--no'}`} role='status' data-testid='coach-verdict' data-outcome={verdict.outcome}>
          <View>{t(`coach.outcome.${verdict.outcome}`)}</View>
          {verdict.unmetConditions.length > 0 && (
            <View>
              <View className='ui-hint'>{t('coach.unmet')}</View>
              {verdict.unmetConditions.map((q) => (
                <View key={q.id}>· {q.text}</View>
              ))}
            </View>
          )}
          {verdict.missingMaterials.length > 0 && (
            <View>
              <View className='ui-hint'>{t('coach.missing')}</View>
              {verdict.missingMaterials.map((q) => (
                <View key={q.id}>
                  · {q.text}
                  {q.certificate ? `（${t('coach.replacedBy', { name: q.certificate.name })}）` : ''}
                </View>
              ))}
            </View>
          )}
          {ok && verdict.online && (
            <Button onClick={() => go(onlineApplyUrl)} testId='coach-apply'>
              {t('coach.apply')}
            </Button>
          )}
        </View>
      )}
    </View>
  );
}
