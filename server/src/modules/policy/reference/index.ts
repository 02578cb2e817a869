/** The 惠企政策 catalogue: 省、市、县三级, joined here. */
import type { Policy } from '../../../../../types/policies';
import { cityPolicies, countyPolicies } from './local';
import { provincePolicies } from './province';

export const POLICIES: readonly Policy[] = [...provincePolicies, ...cityPolicies, ...countyPolicies];
