import { z } from 'zod';

/**
 * Every error the API answers with. The client maps each code to a readable message
 * (src/shared/i18n); a code is never renamed once shipped.
 */
export const ErrorCode = z.enum([
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'SESSION_EXPIRED',
  'FORBIDDEN',
  /** A cookie-authenticated unsafe request without the session's x-csrf-token (H5). */
  'CSRF_TOKEN_INVALID',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'PAYLOAD_TOO_LARGE',
  'SMS_CODE_INVALID',
  'SMS_CODE_EXPIRED',
  'SMS_CODE_LOCKED',
  'SMS_SEND_TOO_FREQUENT',
  'WEAPP_LOGIN_FAILED',
  'REAL_NAME_REQUIRED',
  'REAL_NAME_MISMATCH',
  'REAL_NAME_ALREADY_VERIFIED',
  'ENTERPRISE_NOT_FOUND',
  'ENTERPRISE_ALREADY_BOUND',
  'ENTERPRISE_NOT_BOUND',
  'ENTERPRISE_NOT_AUTHORIZED',
  'ILLEGAL_TRANSITION',
  'IDEMPOTENCY_CONFLICT',
  'FILE_TOO_LARGE',
  'FILE_TYPE_NOT_ALLOWED',
  'DRAFT_NOT_FOUND',
  'ALREADY_RATED',
  'FORM_NOT_AVAILABLE',
  'STAFF_ROLE_FORBIDDEN',
  'STAFF_OFFICE_FORBIDDEN',
  'CONFLICT_OF_INTEREST',
  'UNSUPPORTED_MEDIA_TYPE',
  'NOT_READY',
  /**
   * 503 with Retry-After: the database stayed locked by other writers longer than the node waits
   * (DATABASE_LOCK_WAIT_MS). Nothing was written; the same request (with the same
   * Idempotency-Key) may be sent again.
   */
  'BUSY',
  'INTERNAL',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const FieldIssue = z.object({
  path: z.string(),
  code: z.string(),
  message: z.string(),
  /** With a format error on a form field: the expected format in words, with an example. */
  expected: z.string().optional(),
});
export type FieldIssue = z.infer<typeof FieldIssue>;

export const ApiError = z.object({
  code: ErrorCode,
  message: z.string(),
  issues: z.array(FieldIssue).optional(),
  /** Seconds until another SMS code may be requested (with SMS_SEND_TOO_FREQUENT). */
  resendAfter: z.number().int().optional(),
  /** With ILLEGAL_TRANSITION: the status the application (or case) is in now. */
  currentStatus: z.string().optional(),
  /** With INTERNAL (and NOT_READY, BUSY): the id of the server's log line for this request, to quote to support. */
  requestId: z.string().optional(),
});
export type ApiError = z.infer<typeof ApiError>;

/** ISO-8601 instant as it crosses the API (convention 8). */
export const IsoDateTime = z.string().datetime({ offset: true });

export const Ok = z.object({ ok: z.literal(true) });

export const HealthResponse = z.object({
  status: z.literal('ok'),
  region: z.string(),
  version: z.string(),
  time: IsoDateTime,
});
export type HealthResponse = z.infer<typeof HealthResponse>;

/** Readiness: the database answered a real query and its schema is at the version this build expects. */
export const ReadinessResponse = z.object({
  status: z.literal('ready'),
  schemaVersion: z.number().int(),
});
export type ReadinessResponse = z.infer<typeof ReadinessResponse>;
