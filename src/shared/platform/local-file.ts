import Taro from '@tarojs/taro';

const EXTENSIONS: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'application/pdf': 'pdf' };

/**
 * Mini-program: bytes the server sent back, written to the user data folder so <Image> and
 * previewImage take a path (a data URI of a phone photo would blow WeChat's setData budget).
 * The same key overwrites the same file, so reopening a draft does not pile up copies.
 */
export function keepLocalFile(key: string, contentType: string, base64: string): string {
  const path = `${Taro.env.USER_DATA_PATH}/${key.replace(/[^\w-]/g, '_')}.${EXTENSIONS[contentType] ?? 'bin'}`;
  Taro.getFileSystemManager().writeFileSync(path, base64, 'base64');
  return path;
}

/** Mini-program: a kept PDF opens in WeChat's document viewer. */
export async function openLocalDocument(path: string): Promise<void> {
  await Taro.openDocument({ filePath: path, fileType: 'pdf', showMenu: true });
}
