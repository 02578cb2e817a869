import { Image, View } from '@tarojs/components';
import { useInspectionPhoto } from '@/features/supervision/hooks/use-inspection-photo';
import '@/features/supervision/components/supervision.scss';

/** A photo of an inspection, fetched for those who may see it (its departments, the enterprise). */
export function InspectionPhoto({ inspectionId, photoId, name }: { inspectionId: string; photoId: string; name: string }) {
  const photo = useInspectionPhoto(inspectionId, photoId);
  if (!photo.src) return <View className='sup-photo' aria-label={name} />;
  return <Image className='sup-photo' src={photo.src} mode='aspectFill' aria-label={name} nativeProps={{ alt: name }} data-testid='inspection-photo' />;
}
