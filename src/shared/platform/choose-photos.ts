import Taro from '@tarojs/taro';

/**
 * Photos from the camera or the album, as local paths for readFileBase64. chooseMedia, because
 * WeChat no longer maintains chooseImage; on H5 Taro maps it to a file input. Rejects with an
 * errMsg containing "cancel" when the user backs out.
 */
export async function choosePhotos(count: number, sourceType: ('album' | 'camera')[] = ['album', 'camera']): Promise<string[]> {
  const { tempFiles } = await Taro.chooseMedia({ count: Math.max(1, count), mediaType: ['image'], sourceType, sizeType: ['compressed'] });
  return tempFiles.map((f) => f.tempFilePath).slice(0, Math.max(1, count));
}
