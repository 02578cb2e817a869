import { z } from 'zod';
import { ApiError, type ErrorCode, type FieldIssue } from '../../types/common';

/** The HTTP status each error code is answered with: one table, so a code never drifts between routes. */
export const STATUS_BY_CODE: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  SESSION_EXPIRED: 401,
  FORBIDDEN: 403,
  CSRF_TOKEN_INVALID: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  PAYLOAD_TOO_LARGE: 413,
  SMS_CODE_INVALID: 400,
  SMS_CODE_EXPIRED: 400,
  SMS_CODE_LOCKED: 429,
  SMS_SEND_TOO_FREQUENT: 429,
  WEAPP_LOGIN_FAILED: 401,
  REAL_NAME_REQUIRED: 403,
  REAL_NAME_MISMATCH: 422,
  REAL_NAME_ALREADY_VERIFIED: 409,
  ENTERPRISE_NOT_FOUND: 404,
  ENTERPRISE_ALREADY_BOUND: 409,
  ENTERPRISE_NOT_BOUND: 403,
  ENTERPRISE_NOT_AUTHORIZED: 403,
  ILLEGAL_TRANSITION: 409,
  IDEMPOTENCY_CONFLICT: 409,
  FILE_TOO_LARGE: 413,
  FILE_TYPE_NOT_ALLOWED: 415,
  DRAFT_NOT_FOUND: 404,
  ALREADY_RATED: 409,
  FORM_NOT_AVAILABLE: 404,
  STAFF_ROLE_FORBIDDEN: 403,
  STAFF_OFFICE_FORBIDDEN: 403,
  CONFLICT_OF_INTEREST: 403,
  UNSUPPORTED_MEDIA_TYPE: 415,
  NOT_READY: 503,
  BUSY: 503,
  INTERNAL: 500,
};

/**
 * The error body on the wire. `resendAfter` (seconds) rides along on SMS_SEND_TOO_FREQUENT so the
 * client can show its countdown; it is not yet in types/common.ts ApiError (proposed there as an
 * optional field), hence the local extension. Every 429 also carries a Retry-After header.
 */
export const ApiErrorBody = ApiError.extend({ resendAfter: z.number().int().optional() });
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;

export interface AppErrorOptions {
  status?: number;
  issues?: FieldIssue[];
  /** Seconds until retrying makes sense; also sent as the Retry-After header. */
  retryAfter?: number;
  /** With ILLEGAL_TRANSITION. */
  currentStatus?: string;
}

/**
 * A failure the client is meant to see. Messages are English developer hints with no personal
 * data; the client shows its own localized text by `code`.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  /** Read by fastify when the error escapes a validator or hook. */
  readonly statusCode: number;
  readonly issues?: FieldIssue[];
  readonly retryAfter?: number;
  readonly currentStatus?: string;

  constructor(code: ErrorCode, message: string, options: AppErrorOptions = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.statusCode = options.status ?? STATUS_BY_CODE[code];
    this.issues = options.issues;
    this.retryAfter = options.retryAfter;
    this.currentStatus = options.currentStatus;
  }

  toBody(): ApiErrorBody {
    const body: ApiErrorBody = { code: this.code, message: this.message };
    if (this.issues) body.issues = this.issues;
    if (this.retryAfter !== undefined && this.code === 'SMS_SEND_TOO_FREQUENT') body.resendAfter = this.retryAfter;
    if (this.currentStatus !== undefined) body.currentStatus = this.currentStatus;
    return body;
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
