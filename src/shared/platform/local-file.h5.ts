/** H5: bytes the server sent back, as a blob: URL an <img> and previewImage can show. */
export function keepLocalFile(_key: string, contentType: string, base64: string): string {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return URL.createObjectURL(new Blob([bytes], { type: contentType }));
}

/** H5: a kept PDF opens in the browser's own viewer, in a new tab. */
export async function openLocalDocument(path: string): Promise<void> {
  window.open(path, '_blank', 'noopener');
}
