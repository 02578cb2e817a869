import { createFeatureT } from '@/shared/i18n/use-feature-t';
import { staffDeskMessages } from '@/features/staff-desk/i18n/staff-desk-messages';

export const useStaffDeskT = createFeatureT(staffDeskMessages);
