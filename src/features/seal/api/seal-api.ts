import type { RequestBody } from '@contract/api';
import { callApi } from '@/shared/api/client';

/** Every cached answer about the caller's 电子印章 sits under `sealKeys.all`. */
export const sealKeys = {
  all: ['seals'] as const,
  list: () => [...sealKeys.all, 'list'] as const,
  detail: (id: string) => [...sealKeys.all, 'detail', id] as const,
};

export const listMySeals = () => callApi('listMySeals');
export const getMySeal = (id: string) => callApi('getMySeal', { params: { id } });
export const uploadPdf = (body: RequestBody<'createUpload'>) => callApi('createUpload', { body });
export const stampDocument = (id: string, body: RequestBody<'stampDocument'>) => callApi('stampDocument', { params: { id }, body });
export const verifyStampedDocument = (uploadId: string) => callApi('verifyStampedDocument', { body: { uploadId } });
