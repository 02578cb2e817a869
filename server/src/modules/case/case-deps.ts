import type { Config } from '../../config';
import type { Database } from '../../db/database';
import type { Bound } from '../../shared/bind-deps';
import type { ApplicationService } from '../application/application-service';
import type { UploadRepository } from '../application/upload-repository';
import type { RealNameRepository } from '../identity/real-name-repository';
import type { MessageService } from '../message/message-service';
import type { ownUserIds, recordStaffAction, requireStaff } from '../staff/staff-access';
import type { CaseRepository } from './case-repository';

/** 12345 cases: filing (with photos, about an application or not), replies, the hotline's desk. */
export interface CaseDeps {
  db: Database;
  now: () => Date;
  config: Pick<Config, 'region'>;
  caseRepository: CaseRepository;
  uploadRepository: Pick<UploadRepository, 'findOwned'>;
  realNameRepository: Pick<RealNameRepository, 'findByUser'>;
  applications: Pick<ApplicationService, 'findOwned'>;
  messages: MessageService;
  staffAccess: {
    requireStaff: Bound<typeof requireStaff>;
    recordStaffAction: Bound<typeof recordStaffAction>;
    ownUserIds: Bound<typeof ownUserIds>;
  };
}
