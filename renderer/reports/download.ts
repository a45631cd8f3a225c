// Saves an exported report: a Blob behind a temporary link (works in the browser and in Electron).
import type { ExportFile } from '../../shared/apiReports';

export function fileBytes(f: ExportFile): Uint8Array | string {
  if (f.encoding === 'utf8') return f.data;
  const bin = atob(f.data);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function saveFile(f: ExportFile): void {
  const body = fileBytes(f);
  const blob = new Blob([body as BlobPart], { type: f.mime });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = f.filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
