import { useState } from 'react';
import { useApiMutation } from '@/shared/api/use-api-mutation';
import { keepLocalFile } from '@/shared/platform/local-file';
import { savePdf } from '@/shared/platform/save-pdf';
import { getStaffApplicationMaterial } from '@/features/applications/api/application-api';

/** An image material on screen, as the server sent it. */
export interface ShownMaterial {
  uploadId: string;
  name: string;
  src: string;
}

/**
 * 查看材料: one file the application cites, fetched on demand (each opening is audited on the
 * server, so nothing is prefetched). An image is shown in the page next to the values it backs;
 * a PDF goes to the platform's document viewer or download, as a PDF cannot be drawn in <Image>.
 */
export function useStaffMaterial(applicationId: string) {
  const [shown, setShown] = useState<ShownMaterial | null>(null);
  const [opening, setOpening] = useState<string | null>(null);
  const open = useApiMutation(async (uploadId: string) => {
    setOpening(uploadId);
    try {
      const { upload, dataBase64 } = await getStaffApplicationMaterial(applicationId, uploadId);
      if (upload.contentType === 'application/pdf') {
        await savePdf(upload.name, dataBase64);
        setShown(null);
      } else {
        // A file, not a data URI: a phone photo of a few MB inline would exceed the mini-program's setData budget.
        setShown({ uploadId, name: upload.name, src: keepLocalFile(`material-${upload.id}`, upload.contentType, dataBase64) });
      }
      return upload;
    } finally {
      setOpening(null);
    }
  });
  return { shown, opening, error: open.error, open: (uploadId: string) => void open.run(uploadId), close: () => setShown(null) };
}
