import { useApiMutation } from '@/shared/api/use-api-mutation';
import type { FileBase64 } from '@/shared/platform/read-file-base64';
import { uploadPdf, verifyStampedDocument } from '@/features/seal/api/seal-api';

export function useVerifyDocument() {
  return useApiMutation(async (file: FileBase64) => {
    const upload = await uploadPdf({ name: file.name, contentType: 'application/pdf', dataBase64: file.base64 });
    return verifyStampedDocument(upload.id);
  });
}
