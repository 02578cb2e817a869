import type { FastifySchemaCompiler } from 'fastify';
import type { z } from 'zod';
import type { FieldIssue } from '../../../types/common';
import { AppError } from '../errors';

/**
 * The contract's refinements put a FieldIssueCode (MOBILE_INVALID, CITIZEN_ID_INVALID, …) in the
 * zod message. Zod's own messages are English sentences, so an UPPER_SNAKE message is ours.
 */
const ISSUE_CODE_MESSAGE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/;

/** Developer-facing hints; the client shows its own localized text by issue code. */
const HINTS: Record<string, string> = {
  MOBILE_INVALID: 'Not a mainland mobile number',
  SMS_CODE_FORMAT: 'The code has 6 digits',
  CITIZEN_ID_LENGTH: 'A citizen ID number has 18 characters',
  CITIZEN_ID_FORMAT: '17 digits, then a digit or X',
  CITIZEN_ID_BIRTH_DATE: 'Characters 7–14 are not a possible birth date',
  CITIZEN_ID_CHECK_DIGIT: 'The last character does not match the first 17 (check for a mistyped digit)',
  CREDIT_CODE_INVALID: 'Not a valid unified social credit code (format or check character)',
  PERSON_NAME_LENGTH: 'A name as on the ID card has 2–15 characters',
  PERSON_NAME_CHARACTERS: 'Only Chinese characters, and · between the parts of a minority name',
  PERSON_NAME_DOT: 'The · goes between two parts of the name, once',
  REQUIRED: 'Required',
  INVALID_TYPE: 'Wrong type',
  TOO_LONG: 'Too long',
  TOO_SHORT: 'Too short',
  TOO_LARGE: 'Too large',
  TOO_SMALL: 'Too small',
  INVALID_FORMAT: 'Wrong format',
  INVALID_VALUE: 'Not one of the allowed values',
  UNKNOWN_FIELD: 'Unknown field',
  INVALID: 'Invalid value',
};

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function issueCode(issue: z.core.$ZodIssue, data: unknown): string {
  if (ISSUE_CODE_MESSAGE.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      // Absent or null (fastify hands an empty body over as null): the value is missing, not mistyped.
      return valueAt(data, issue.path) == null ? 'REQUIRED' : 'INVALID_TYPE';
    case 'too_big':
      return issue.origin === 'number' || issue.origin === 'bigint' ? 'TOO_LARGE' : 'TOO_LONG';
    case 'too_small':
      if (issue.origin === 'number' || issue.origin === 'bigint') return 'TOO_SMALL';
      // `.min(1)` on a string or array is how the contract spells "must not be empty".
      return Number(issue.minimum) === 1 ? 'REQUIRED' : 'TOO_SHORT';
    case 'invalid_format':
      return 'INVALID_FORMAT';
    case 'invalid_value':
    case 'invalid_union':
      return 'INVALID_VALUE';
    case 'unrecognized_keys':
      return 'UNKNOWN_FIELD';
    default:
      return 'INVALID';
  }
}

/** Zod issues → the contract's FieldIssue list. Never echoes the submitted value. */
export function toFieldIssues(error: z.ZodError, data: unknown): FieldIssue[] {
  return error.issues.map((issue) => {
    const code = issueCode(issue, data);
    return { path: issue.path.map(String).join('.'), code, message: HINTS[code] ?? HINTS.INVALID };
  });
}

/**
 * The path of the first string (value or key) holding a NUL character, or null. No text a person
 * types contains one, PostgreSQL refuses it in text columns, and C-based consumers truncate at it.
 */
export function pathOfNulCharacter(data: unknown): string[] | null {
  // The path is built only on the way out of a find: every request is scanned, few hold a NUL.
  if (typeof data === 'string') return data.includes('\u0000') ? [] : null;
  if (data === null || typeof data !== 'object') return null;
  for (const key in data) {
    if (!Object.prototype.hasOwnProperty.call(data, key)) continue;
    if (key.includes('\u0000')) return [key.replaceAll('\u0000', '')];
    const found = pathOfNulCharacter((data as Record<string, unknown>)[key]);
    if (found) {
      found.unshift(key);
      return found;
    }
  }
  return null;
}

/**
 * Validates body, querystring and params with the contract's zod schemas and answers
 * 400 VALIDATION_FAILED with field issues (fastify passes an Error result through unchanged).
 */
export const zodValidatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema }) =>
  (data) => {
    const nulAt = pathOfNulCharacter(data);
    if (nulAt) {
      return {
        error: new AppError('VALIDATION_FAILED', 'The request does not match the contract', {
          issues: [{ path: nulAt.join('.'), code: 'INVALID_FORMAT', message: HINTS.INVALID_FORMAT }],
        }),
      };
    }
    const result = schema.safeParse(data);
    if (result.success) return { value: result.data };
    return {
      error: new AppError('VALIDATION_FAILED', 'The request does not match the contract', {
        issues: toFieldIssues(result.error, data),
      }),
    };
  };
