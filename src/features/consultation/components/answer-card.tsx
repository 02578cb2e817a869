import { View } from '@tarojs/components';
import { useState } from 'react';
import type { AnswerSentence, ConsultationAnswer } from '@contract/consultation';
import { go } from '@/shared/platform/navigation';
import { Button } from '@/shared/ui/button';
import { ErrorAlert } from '@/shared/ui/error-alert';
import { HotlineOffer } from '@/features/consultation/components/hotline-offer';
import { useConsultationT } from '@/features/consultation/hooks/use-consultation-t';
import { useRateAnswer } from '@/features/consultation/hooks/use-rate-answer';
import { sourceUrl, subjectUrl } from '@/features/consultation/model/source-link';
import './consultation.scss';

type T = ReturnType<typeof useConsultationT>;

function sectionLabel(t: T, sentence: AnswerSentence): string {
  const { source } = sentence;
  return source.kind === 'guide' ? t(`section.guide.${source.section}`) : t(`section.policy.${source.section}`);
}

/** Consecutive sentences from one section read as one paragraph, with the section named once as its source. */
function paragraphs(sentences: readonly AnswerSentence[]): AnswerSentence[][] {
  const out: AnswerSentence[][] = [];
  for (const sentence of sentences) {
    const last = out[out.length - 1];
    if (last && last[0].source.section === sentence.source.section) last.push(sentence);
    else out.push([sentence]);
  }
  return out;
}

function Rating({ id }: { id: string }) {
  const t = useConsultationT();
  const rate = useRateAnswer(id);
  const [rated, setRated] = useState<boolean | null>(null);
  const send = async (useful: boolean) => {
    if ((await rate.run(useful)) !== undefined) setRated(useful);
  };
  return (
    <View className='consult-rating' data-testid='answer-rating'>
      {rated === null ? (
        <>
          <View className='ui-hint'>{t('consult.rateQuestion')}</View>
          <View className='consult-rating__buttons'>
            <Button variant='secondary' loading={rate.busy} onClick={() => void send(true)} testId='rate-useful'>
              {t('consult.useful')}
            </Button>
            <Button variant='secondary' loading={rate.busy} onClick={() => void send(false)} testId='rate-not-useful'>
              {t('consult.notUseful')}
            </Button>
          </View>
        </>
      ) : (
        <View className='ui-hint' role='status' data-testid='rating-thanks'>
          {t('consult.thanks')}
        </View>
      )}
      <ErrorAlert error={rate.error} inline />
    </View>
  );
}

/** One answer: what was understood, the quoted sentences with their sources, or the offer of 12345. */
export function AnswerCard({ answer }: { answer: ConsultationAnswer }) {
  const t = useConsultationT();
  if (!answer.answered || !answer.subject) {
    return (
      <View className='ui-card consult-answer' data-testid='answer-unanswered'>
        <View className='consult-answer__question'>{answer.question}</View>
        <View role='status'>{t('consult.unanswered')}</View>
        <View className='ui-hint'>{t('consult.unansweredHint')}</View>
        {answer.hotline && <HotlineOffer hotline={answer.hotline} />}
        <Rating id={answer.id} />
      </View>
    );
  }
  const { subject } = answer;
  return (
    <View className='ui-card consult-answer' data-testid='answer'>
      <View className='consult-answer__question'>{answer.question}</View>
      <View className='consult-answer__subject' data-testid='answer-subject'>
        {t('consult.understood', { name: subject.name })}
      </View>
      {paragraphs(answer.sentences).map((group, i) => (
        <View key={i} className='consult-paragraph' data-testid='answer-paragraph'>
          {group.map((sentence, j) => (
            <View key={j} className='consult-sentence'>
              {sentence.text}
            </View>
          ))}
          <View
            className='consult-source'
            role='link'
            data-testid='answer-source'
            data-section={group[0].source.section}
            onClick={() => go(sourceUrl(group[0].source))}
          >
            {t('consult.source', { title: group[0].source.title, section: sectionLabel(t, group[0]) })}
          </View>
        </View>
      ))}
      <View className='consult-actions'>
        <Button variant='secondary' onClick={() => go(subjectUrl(subject))} testId='answer-open-subject'>
          {subject.kind === 'service' ? t('consult.openGuide') : t('consult.openPolicy')}
        </Button>
        {subject.kind === 'service' && (
          <Button
            variant='secondary'
            onClick={() => go(`/packages/consultation/pages/coaching/index?code=${encodeURIComponent(subject.id)}`)}
            testId='answer-coach'
          >
            {t('consult.coach')}
          </Button>
        )}
      </View>
      {answer.alternatives.length > 0 && (
        <View className='consult-alternatives'>
          <View className='ui-hint'>{t('consult.alternatives')}</View>
          {answer.alternatives.map((a) => (
            <View key={`${a.kind}:${a.id}`} className='consult-source' role='link' onClick={() => go(subjectUrl(a))}>
              {a.name}
            </View>
          ))}
        </View>
      )}
      <Rating id={answer.id} />
    </View>
  );
}
