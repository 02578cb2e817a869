import { UPLOAD_MAX_BYTES } from '../../../types/forms';
import type { EndpointName } from '../../../types/api';

/**
 * Routes allowed a larger body than the app-wide 64 KiB: only the upload, whose base64 JSON for a
 * 3 MB file is about 4 MB. The file's own limit (FILE_TOO_LARGE) is checked after decoding.
 */
export const ROUTE_BODY_LIMITS: Partial<Record<EndpointName, number>> = {
  createUpload: Math.ceil(UPLOAD_MAX_BYTES / 3) * 4 + 16 * 1024,
};
