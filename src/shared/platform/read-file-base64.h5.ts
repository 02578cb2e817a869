import type { FileBase64 } from './read-file-base64';

const EXTENSIONS: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'application/pdf': 'pdf' };

/** H5: Taro.chooseMedia answers blob: URLs; the bytes come back through fetch and a FileReader. */
export async function readFileBase64(path: string): Promise<FileBase64> {
  const blob = await (await fetch(path)).blob();
  const dataUrl = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(blob);
  });
  const contentType = blob.type || 'image/jpeg';
  const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  return { base64, contentType, name: `photo-${Date.now()}.${EXTENSIONS[contentType] ?? 'jpg'}` };
}
