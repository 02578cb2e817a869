import { useApiMutation } from '@/shared/api/use-api-mutation';
import type { FileBase64 } from '@/shared/platform/read-file-base64';
import { sealKeys, stampDocument, uploadPdf } from '@/features/seal/api/seal-api';

/** Uploads the chosen PDF (private to the caller), then stamps it; the seal's usage list refreshes. */
export function useStampDocument(sealId: string) {
  return useApiMutation(
    async (file: FileBase64) => {
      const upload = await uploadPdf({ name: file.name, contentType: 'application/pdf', dataBase64: file.base64 });
      return stampDocument(sealId, { uploadId: upload.id, documentName: file.name });
    },
    { invalidates: () => [sealKeys.detail(sealId)] },
  );
}
