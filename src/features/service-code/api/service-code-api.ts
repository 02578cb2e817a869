import type { CodeHolderKind } from '../../../../types/service-code';
import { callApi } from '../../../shared/api/client';

export const issueServiceCodes = (kind: CodeHolderKind) => callApi('issueServiceCodes', { body: { kind, count: 30 } });
export const listCodeUsage = () => callApi('listCodeUsage');
