import { createFeatureT } from '@/shared/i18n/use-feature-t';
import { messageCentreMessages } from '@/features/messages/i18n/message-messages';

export const useMessagesT = createFeatureT(messageCentreMessages);
