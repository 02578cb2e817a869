import Taro from '@tarojs/taro';

export interface FileBase64 {
  base64: string;
  contentType: string;
  name: string;
}

const TYPES: Record<string, string> = { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', pdf: 'application/pdf' };

/**
 * Mini-program: a chosen file is a local temp path (wxfile://…) read through the file system
 * manager. The server decides the real type from the bytes; the extension is only a hint.
 */
export async function readFileBase64(path: string): Promise<FileBase64> {
  const base64 = Taro.getFileSystemManager().readFileSync(path, 'base64') as string;
  const name = path.split('/').pop() || 'photo.jpg';
  const ext = name.includes('.') ? name.split('.').pop()!.toLowerCase() : '';
  return { base64, contentType: TYPES[ext] ?? 'image/jpeg', name };
}
