/** Hands a text file to the browser's downloads: a Blob, an object URL and a clicked <a download> (no permission needed). */
export function downloadText(doc: Document, file: { filename: string; mime: string; body: string }): void {
  const url = URL.createObjectURL(new Blob([file.body], { type: file.mime }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.style.display = 'none';
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoked later: the download reads the URL after this function returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
