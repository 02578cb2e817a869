import type { ApplicationRepository } from '../application/application-repository';
import type { PolicyReminders } from '../policy/policy-push';
import type { MessageRepository } from './message-repository';

/** 消息中心: notices, and the 临期提醒 generated when the user opens it. */
export interface MessageDeps {
  now: () => Date;
  messageRepository: MessageRepository;
  /** Deadline reminders read the user's open applications and their status. */
  applicationRepository: Pick<ApplicationRepository, 'listTopLevel' | 'listChildren'>;
  policyReminders: PolicyReminders;
}
