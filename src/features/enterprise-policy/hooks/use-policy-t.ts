import { createFeatureT } from '@/shared/i18n/use-feature-t';
import { policyMessages } from '@/features/enterprise-policy/i18n/policy-messages';

export const usePolicyT = createFeatureT(policyMessages);
