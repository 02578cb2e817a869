export const FEEDBACK_FILTERS = ['all', 'not_useful', 'unanswered', 'useful'] as const;
export type FeedbackFilter = (typeof FEEDBACK_FILTERS)[number];
