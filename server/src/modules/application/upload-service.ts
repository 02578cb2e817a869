import { createHash } from 'node:crypto';
import { newId } from '../../security/crypto';
import path from 'node:path';
import type { z } from 'zod';
import { UPLOAD_MAX_BYTES, type Upload, type UploadContent } from '../../../../types/forms';
import { AppError } from '../../errors';
import type { UploadRow } from './upload-repository';
import type { AuthContext } from '../identity/auth-context';
import type { ApplicationDeps } from './application-deps';

type Allowed = UploadRow['content_type'];
const ALLOWED: readonly Allowed[] = ['image/jpeg', 'image/png', 'application/pdf'];
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** What the bytes are, by their signature; the declared type is only a claim. */
function sniff(bytes: Buffer): Allowed | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (bytes.length >= 5 && bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  return null;
}

export function toUpload(row: UploadRow): z.input<typeof Upload> {
  return { id: row.id, name: row.name, size: row.size, contentType: row.content_type, createdAt: new Date(row.created_at).toISOString() };
}

export async function createUpload(
  deps: ApplicationDeps,
  auth: AuthContext,
  body: { name: string; contentType: string; dataBase64: string },
): Promise<z.input<typeof Upload>> {
  const declared = body.contentType.split(';')[0].trim().toLowerCase() as Allowed;
  if (!ALLOWED.includes(declared)) throw new AppError('FILE_TYPE_NOT_ALLOWED', 'Only JPEG, PNG and PDF files');
  const encoded = body.dataBase64.replace(/^data:[^,]*;base64,/, '');
  if (!BASE64.test(encoded) || encoded.length % 4 !== 0) {
    throw new AppError('VALIDATION_FAILED', 'dataBase64 is not base64', {
      issues: [{ path: 'dataBase64', code: 'INVALID_FORMAT', message: 'Not base64' }],
    });
  }
  const bytes = Buffer.from(encoded, 'base64');
  if (bytes.length > UPLOAD_MAX_BYTES) throw new AppError('FILE_TOO_LARGE', 'Files are at most 3 MB');
  if (bytes.length === 0) {
    throw new AppError('VALIDATION_FAILED', 'Empty file', { issues: [{ path: 'dataBase64', code: 'REQUIRED', message: 'Required' }] });
  }
  // A renamed .exe declared as image/png fails here: the content decides, not the name or the claim.
  if (sniff(bytes) !== declared) throw new AppError('FILE_TYPE_NOT_ALLOWED', 'The file content is not the declared type');

  const row: UploadRow = {
    id: newId('upl'),
    user_id: auth.userId,
    name: path.basename(body.name).slice(0, 120),
    content_type: declared,
    size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    created_at: deps.now().getTime(),
  };
  // The bytes go into the row itself (encrypted), so any node serves them and a crash never
  // leaves bytes without a row or a row without bytes.
  await deps.uploadRepository.insert(row, bytes);
  return toUpload(row);
}

export async function getUpload(deps: ApplicationDeps, auth: AuthContext, id: string): Promise<z.input<typeof Upload>> {
  const row = await deps.uploadRepository.findOwned(auth.userId, id);
  if (!row) throw new AppError('NOT_FOUND', 'No such upload');
  return toUpload(row);
}

/**
 * The owner's own file, bytes included, so a draft resumed on another device (or after a reload)
 * shows the photo that was sent. Anyone else's id answers exactly like an id that never existed;
 * staff open materials through their own audited route instead.
 */
export async function getUploadContent(deps: ApplicationDeps, auth: AuthContext, id: string): Promise<z.input<typeof UploadContent>> {
  const row = await deps.uploadRepository.findOwned(auth.userId, id);
  const bytes = row ? await deps.uploadRepository.readContent(row.id) : null;
  if (!row || !bytes) throw new AppError('NOT_FOUND', 'No such upload');
  return { upload: toUpload(row), dataBase64: bytes.toString('base64') };
}
