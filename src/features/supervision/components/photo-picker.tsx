import { Image, View } from '@tarojs/components';
import { Button } from '@/shared/ui/button';
import { ErrorAlert } from '@/shared/ui/error-alert';
import type { UploadedPhoto } from '@/shared/platform/use-photo-uploads';
import { useSupervisionT } from '@/features/supervision/hooks/use-supervision-t';
import '@/features/supervision/components/supervision.scss';

interface PhotoPickerProps {
  label: string;
  photos: UploadedPhoto[];
  max: number;
  uploading: boolean;
  error: unknown;
  onAdd: () => void;
  onRemove: (uploadId: string) => void;
  testId: string;
}

/** Thumbnails of the photos taken so far, each removable, and the button to take or choose more. */
export function PhotoPicker({ label, photos, max, uploading, error, onAdd, onRemove, testId }: PhotoPickerProps) {
  const t = useSupervisionT();
  return (
    <View className='ui-field' role='group' aria-label={label}>
      <View className='ui-field__label'>{label}</View>
      <View className='sup-photos'>
        {photos.map((p) => (
          <View key={p.uploadId} className='sup-photo-slot'>
            <Image className='sup-photo' src={p.path} mode='aspectFill' aria-hidden nativeProps={{ alt: '' }} data-testid={`${testId}-thumb`} />
            <View className='ui-hint' role='button' onClick={() => onRemove(p.uploadId)}>
              {t('sup.form.removePhoto')}
            </View>
          </View>
        ))}
      </View>
      {photos.length < max && (
        <Button variant='secondary' loading={uploading} onClick={onAdd} testId={testId}>
          {t('sup.form.addPhoto')}
        </Button>
      )}
      <ErrorAlert error={error} inline />
    </View>
  );
}
