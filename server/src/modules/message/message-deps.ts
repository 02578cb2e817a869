import type { ApplicationRepository } from '../application/application-repository';
import type { PolicyReminders } from '../policy/policy-push';
import type { SupervisionNotices } from '../supervision/supervision-notices';
import type { MessageRepository } from './message-repository';

/** 消息中心: notices, and the 临期提醒 generated when the user opens it. */
export interface MessageDeps {
  now: () => Date;
  messageRepository: MessageRepository;
  /**
   * Deadline reminders read the user's open applications and their status; a message about an
   * application is named in the reader's language from the application's service.
   */
  applicationRepository: Pick<ApplicationRepository, 'listTopLevel' | 'listChildren' | 'findById'>;
  policyReminders: PolicyReminders;
  /** 整改 reminders of the enterprises the user sees inspections of (一码监督). */
  supervisionReminders: Pick<SupervisionNotices, 'generateRectificationReminders'>;
}
