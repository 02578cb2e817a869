import { Image, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useApplicationsT } from '@/features/applications/hooks/use-applications-t';
import { localCopyOf } from '@/features/applications/hooks/use-material-upload';
import { Button } from '@/shared/ui/button';
import './applications.scss';

/**
 * The files a field or material holds, before submission: each one's picture (tap for full
 * screen) and a way to take it back, since a wrong or blurred photo is the commonest 补正 reason.
 */
export function UploadedFiles({ uploadIds, label, disabled, onRemove }: {
  uploadIds: readonly string[];
  label: string;
  disabled: boolean;
  onRemove: (uploadId: string) => void;
}) {
  const t = useApplicationsT();
  if (uploadIds.length === 0) return null;
  return (
    <View className='app-files' role='list' aria-label={label}>
      {uploadIds.map((uploadId, i) => {
        const local = localCopyOf(uploadId);
        const name = t('form.fileN', { label, n: i + 1 });
        return (
          <View key={uploadId} className='app-files__item' role='listitem' data-testid='uploaded-file'>
            {local ? (
              <View
                className='app-files__thumb'
                role='button'
                aria-label={t('form.viewFile', { name })}
                data-testid='uploaded-file-view'
                onClick={() => void Taro.previewImage({ urls: [local], current: local })}
              >
                <Image className='app-files__image' src={local} mode='aspectFill' nativeProps={{ alt: name }} />
              </View>
            ) : (
              <View className='app-files__thumb app-files__thumb--none ui-hint'>{t('form.fileKept')}</View>
            )}
            <View className='app-files__name'>{name}</View>
            {!disabled && (
              <Button variant='secondary' testId='uploaded-file-remove' onClick={() => onRemove(uploadId)}>
                {t('form.removeFile')}
              </Button>
            )}
          </View>
        );
      })}
    </View>
  );
}
