import type { CodeHolderKind } from '@contract/service-code';
import { callApi } from '@/shared/api/client';

const all = ['service-code'] as const;
/** Issued codes are kept by the code hook itself (offline batch); only the usage list is cached. */
export const serviceCodeKeys = {
  all,
  usage: () => [...all, 'usage'] as const,
};

export const issueServiceCodes = (kind: CodeHolderKind) => callApi('issueServiceCodes', { body: { kind, count: 30 } });
export const listCodeUsage = () => callApi('listCodeUsage');
