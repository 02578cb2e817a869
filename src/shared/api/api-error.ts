import type { ErrorCode, FieldIssue } from '@contract/common';

/** Codes the client adds for failures that never reached the server. */
export type ClientErrorCode = ErrorCode | 'NETWORK' | 'TIMEOUT';

export class ApiClientError extends Error {
  constructor(
    readonly code: ClientErrorCode,
    readonly status: number,
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
    this.name = 'ApiClientError';
  }

  /** The first issue for a form field, so forms can show it under that field. */
  issueFor(field: string): FieldIssue | undefined {
    return this.issues.find((i) => i.path === field);
  }
}
