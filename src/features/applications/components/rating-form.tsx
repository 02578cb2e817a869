import { View } from '@tarojs/components';
import { useState } from 'react';
import { RATING_TAGS, type RatingTag } from '@contract/rating-tags';
import { useApplicationsT } from '@/features/applications/hooks/use-applications-t';
import { Button } from '@/shared/ui/button';
import { TextareaField } from '@/shared/ui/textarea-field';
import './applications.scss';

/** The server's limit on a rating's comment. */
const COMMENT_MAX = 500;

/** 好差评: 1–5 with tags and a comment; 1–2 is a 差评 that staff must answer. */
export function RatingForm({ busy, onSubmit }: { busy: boolean; onSubmit: (score: number, tags: RatingTag[], comment: string) => void }) {
  const t = useApplicationsT();
  const [score, setScore] = useState(0);
  const [tags, setTags] = useState<RatingTag[]>([]);
  const [comment, setComment] = useState('');
  // A tap on 提交 without stars is answered (a disabled button that does nothing reads as broken).
  const [needScore, setNeedScore] = useState(false);
  const positive = score >= 4;
  const shownTags = RATING_TAGS.filter((tag) => (score === 0 ? false : positive === RATING_TAGS.indexOf(tag) < 5));
  return (
    <View className='ui-card' data-testid='rating-form'>
      <View className='rating__stars' role='radiogroup' aria-label={t('rating.title')}>
        {[1, 2, 3, 4, 5].map((n) => (
          <View
            key={n}
            role='radio'
            aria-checked={score === n}
            aria-label={t('rating.score', { n })}
            className={`rating__star${n <= score ? ' rating__star--on' : ''}`}
            onClick={() => {
              setScore(n);
              setTags([]);
              setNeedScore(false);
            }}
            data-testid={`star-${n}`}
          >
            ★
          </View>
        ))}
      </View>
      {score > 0 && <View className='ui-hint'>{t(`rating.level.${score}` as 'rating.level.1')}</View>}
      {needScore && score === 0 && (
        <View className='ui-field__error' role='alert' data-testid='rating-need-score'>
          {t('rating.needScore')}
        </View>
      )}
      <View className='ui-chips rating__tags'>
        {shownTags.map((tag) => {
          const on = tags.includes(tag);
          return (
            <View key={tag} role='checkbox' aria-checked={on} className={`ui-chip${on ? ' ui-chip--active' : ''}`} onClick={() => setTags(on ? tags.filter((x) => x !== tag) : [...tags, tag])}>
              {t(`ratingTag.${tag}`)}
            </View>
          );
        })}
      </View>
      <TextareaField id='rating-comment' label={t('rating.comment')} value={comment} maxlength={COMMENT_MAX} onChange={setComment} />
      <Button loading={busy} onClick={() => (score === 0 ? setNeedScore(true) : onSubmit(score, tags, comment))} testId='rating-submit'>
        {t('rating.submit')}
      </Button>
    </View>
  );
}
