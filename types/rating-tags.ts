/** 好差评 tags (zod-free, so the app can list them without the HTTP schemas). */
export const RATING_TAGS = [
  'fast', 'friendly', 'clear_guidance', 'less_materials', 'online_all_the_way',
  'slow', 'unclear_guidance', 'too_many_materials', 'many_trips', 'bad_attitude',
] as const;
export type RatingTag = (typeof RATING_TAGS)[number];
