import { Image, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useApplicationsT } from '@/features/applications/hooks/use-applications-t';
import { useUploadedFile } from '@/features/applications/hooks/use-material-upload';
import { openLocalDocument } from '@/shared/platform/local-file';
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
        const name = t('form.fileN', { label, n: i + 1 });
        return (
          <View key={uploadId} className='app-files__item' role='listitem' data-testid='uploaded-file'>
            <UploadedFileThumb uploadId={uploadId} name={name} />
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

/** A photo as a tappable thumbnail, a PDF as a tile that opens it; a file that cannot be fetched says so. */
function UploadedFileThumb({ uploadId, name }: { uploadId: string; name: string }) {
  const t = useApplicationsT();
  const { file, loading, failed } = useUploadedFile(uploadId);
  if (!file) {
    return (
      <View className='app-files__thumb app-files__thumb--none ui-hint' data-testid='uploaded-file-missing'>
        {loading ? t('form.fileLoading') : failed ? t('form.fileUnavailable') : t('form.fileKept')}
      </View>
    );
  }
  const isPdf = file.contentType === 'application/pdf';
  return (
    <View
      className={isPdf ? 'app-files__thumb app-files__thumb--none' : 'app-files__thumb'}
      role='button'
      aria-label={t('form.viewFile', { name })}
      data-testid='uploaded-file-view'
      onClick={() => void (isPdf ? openLocalDocument(file.path) : Taro.previewImage({ urls: [file.path], current: file.path }))}
    >
      {isPdf ? 'PDF' : <Image className='app-files__image' src={file.path} mode='aspectFill' nativeProps={{ alt: name }} />}
    </View>
  );
}
