import { createFeatureT } from '@/shared/i18n/use-feature-t';
import { noticeMessages } from '@/features/notices/i18n/notice-messages';

export const useNoticesT = createFeatureT(noticeMessages);
