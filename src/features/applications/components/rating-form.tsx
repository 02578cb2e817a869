import { Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import { RATING_TAGS, type RatingTag } from '@contract/rating-tags';
import { useApplicationsT } from '@/features/applications/hooks/use-applications-t';
import { Button } from '@/shared/ui/button';
import './applications.scss';

/** 好差评: 1–5 with tags and a comment; 1–2 is a 差评 that staff must answer. */
export function RatingForm({ busy, onSubmit }: { busy: boolean; onSubmit: (score: number, tags: RatingTag[], comment: string) => void }) {
  const t = useApplicationsT();
  const [score, setScore] = useState(0);
  const [tags, setTags] = useState<RatingTag[]>([]);
  const [comment, setComment] = useState('');
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
            }}
            data-testid={`star-${n}`}
          >
            ★
          </View>
        ))}
      </View>
      {score > 0 && <View className='ui-hint'>{t(`rating.level.${score}` as 'rating.level.1')}</View>}
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
      <Textarea className='ui-field__input app-form__textarea' value={comment} maxlength={500} placeholder={t('rating.comment')} aria-label={t('rating.comment')}
          nativeProps={{ 'aria-label': t('rating.comment') }} onInput={(e) => setComment(e.detail.value)} />
      <Button disabled={score === 0} loading={busy} onClick={() => onSubmit(score, tags, comment)} testId='rating-submit'>
        {t('rating.submit')}
      </Button>
    </View>
  );
}
