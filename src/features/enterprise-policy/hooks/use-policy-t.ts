import { createFeatureT, hasFeatureMessage } from '@/shared/i18n/use-feature-t';
import { policyMessages } from '@/features/enterprise-policy/i18n/policy-messages';

export const usePolicyT = createFeatureT(policyMessages);

/** For keys built from a server's code (`policyIssue.${code}`): whether the screens have words for it. */
export const hasPolicyMessage = (key: string) => hasFeatureMessage(policyMessages, key);
