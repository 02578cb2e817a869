import { useApiQuery } from '@/shared/api/use-api-query';
import { getInspectionPhoto, supervisionKeys } from '@/features/supervision/api/supervision-api';

/** One photo as a data URI for <Image>; photos never change, so the first answer is kept. */
export function useInspectionPhoto(inspectionId: string, photoId: string) {
  const query = useApiQuery(supervisionKeys.photo(inspectionId, photoId), () => getInspectionPhoto(inspectionId, photoId), Infinity);
  const src = query.data ? `data:${query.data.contentType};base64,${query.data.dataBase64}` : null;
  return { ...query, src };
}
