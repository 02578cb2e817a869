import type { FileBase64 } from './read-file-base64';

/** H5: a file input limited to PDFs; the bytes through a FileReader. */
export function choosePdf(): Promise<FileBase64> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = 'application/pdf,.pdf';
    input.style.display = 'none';
    input.onchange = () => {
      const file = input.files?.[0];
      input.remove();
      if (!file) {
        reject(new Error('chooseFile:fail cancel'));
        return;
      }
      const reader = new FileReader();
      reader.onload = () => {
        const dataUrl = String(reader.result);
        resolve({ base64: dataUrl.slice(dataUrl.indexOf(',') + 1), contentType: 'application/pdf', name: file.name });
      };
      reader.onerror = () => reject(reader.error ?? new Error('read failed'));
      reader.readAsDataURL(file);
    };
    document.body.appendChild(input);
    input.click();
  });
}
