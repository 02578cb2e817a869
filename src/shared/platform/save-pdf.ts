import Taro from '@tarojs/taro';

/** Mini-program: written to the user data folder and opened in WeChat's document viewer (share/save from there). */
export async function savePdf(fileName: string, base64: string): Promise<void> {
  const path = `${Taro.env.USER_DATA_PATH}/${fileName.replace(/[\\/:*?"<>|]/g, '_')}`;
  Taro.getFileSystemManager().writeFileSync(path, base64, 'base64');
  await Taro.openDocument({ filePath: path, fileType: 'pdf', showMenu: true });
}
