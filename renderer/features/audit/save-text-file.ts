/**
 * Saves text the console built as a file through the browser's own download (an object URL and an
 * `<a download>`), which both hosts support and which needs no file access in the renderer: the
 * Chromium host drops it in Downloads, Electron asks where to save it.
 */

/** Starts the download of `text` as `fileName`. */
export function saveTextFile(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has handed the object to the download; release it once this task is done.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
