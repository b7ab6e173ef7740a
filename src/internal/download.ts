/**
 * Offers `text` as a file download (`.txt`, `.ics`). Made locally from a Blob: nothing leaves the browser. Returns
 * `false` when the browser cannot make the file.
 */
export function downloadText(filename: string, text: string, type = 'text/plain'): boolean {
  try {
    const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
    const link = document.createElement('a');
    link.href = url;
    link.download = filename;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
    return true;
  } catch {
    return false;
  }
}
