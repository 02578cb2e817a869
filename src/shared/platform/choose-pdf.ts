import Taro from '@tarojs/taro';
import type { FileBase64 } from './read-file-base64';

/**
 * A PDF the user picks, with its bytes. Mini-program: from a chat (chooseMessageFile is WeChat's
 * only way to reach documents). Rejects with an errMsg containing "cancel" when the user backs out.
 */
export async function choosePdf(): Promise<FileBase64> {
  const { tempFiles } = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['pdf'] });
  const file = tempFiles[0];
  const base64 = Taro.getFileSystemManager().readFileSync(file.path, 'base64') as string;
  return { base64, contentType: 'application/pdf', name: file.name || 'document.pdf' };
}
