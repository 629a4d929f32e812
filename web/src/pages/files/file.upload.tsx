// Evidence files into a case (or onto an item or component): a drop zone with a keyboard-reachable
// "choose files" button, each file sent to POST /api/files with its own progress bar. The same bytes
// uploaded again are recognized by their SHA-256 and shown as already stored, not as an error.
import { type DragEvent, type ReactNode, useRef, useState } from 'react';
import { ApiError, upload } from '../../api/api.client.ts';
import type { EvidenceFile } from '../../api/api.types.ts';
import { formatBytes } from '../../ui/ui.format.ts';

export interface FileUploadProps {
  caseId: number;
  itemId?: number;
  componentId?: number;
  onUploaded?: () => void;
}

export interface DropZoneProps {
  /** The button's name, e.g. "Choose files". */
  buttonLabel: string;
  multiple?: boolean;
  /** The input's accept list, e.g. ".csv,.xlsx". */
  accept?: string;
  disabled?: boolean;
  onFiles(files: File[]): void;
  children?: ReactNode;
}

/** A drop target that is also a button: dragging files onto it and choosing them do the same. */
export function DropZone({ buttonLabel, multiple, accept, disabled, onFiles, children }: DropZoneProps) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const take = (list: FileList | null) => {
    const files = list ? [...list] : [];
    if (files.length > 0) onFiles(multiple ? files : files.slice(0, 1));
  };
  const onDragOver = (e: DragEvent) => {
    if (disabled) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    setOver(true);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    if (!disabled) take(e.dataTransfer.files);
  };
  return (
    // The zone only widens the drop target; the button inside is the keyboard's way in.
    // biome-ignore lint/a11y/noStaticElementInteractions: drag-and-drop has no keyboard equivalent; the button is it
    <div
      className={`drop-zone${over ? ' over' : ''}`}
      onDragOver={onDragOver}
      onDragEnter={onDragOver}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <p>
        {children ?? (multiple ? 'Drop files here, or ' : 'Drop a file here, or ')}
        <button
          type="button"
          className="secondary"
          disabled={disabled}
          onClick={() => input.current?.click()}
        >
          {buttonLabel}
        </button>
      </p>
      <input
        ref={input}
        type="file"
        hidden
        multiple={multiple}
        accept={accept}
        onChange={(e) => {
          take(e.currentTarget.files);
          // Choosing the same file again must fire a change too.
          e.currentTarget.value = '';
        }}
      />
    </div>
  );
}

interface Entry {
  key: number;
  name: string;
  size: number;
  sent: number;
  status: 'uploading' | 'stored' | 'duplicate' | 'failed';
  message?: string;
  file?: EvidenceFile;
}

let nextKey = 1;

export function FileUpload({ caseId, itemId, componentId, onUploaded }: FileUploadProps) {
  const [entries, setEntries] = useState<Entry[]>([]);
  const patch = (key: number, p: Partial<Entry>) =>
    setEntries((all) => all.map((e) => (e.key === key ? { ...e, ...p } : e)));

  const send = async (f: File, key: number) => {
    const form = new FormData();
    form.append('file', f, f.name);
    try {
      const r = await upload<{ file: EvidenceFile; duplicate: boolean }>(
        '/api/files',
        form,
        (sent) => patch(key, { sent }),
        { caseId, itemId, componentId },
      );
      patch(key, { status: r.duplicate ? 'duplicate' : 'stored', sent: f.size, file: r.file });
      onUploaded?.();
    } catch (e) {
      patch(key, { status: 'failed', message: uploadError(e, f) });
    }
  };

  const onFiles = async (files: File[]) => {
    const added = files.map((f) => ({ f, key: nextKey++ }));
    setEntries((all) => [
      ...added.map(
        ({ f, key }): Entry => ({ key, name: f.name, size: f.size, sent: 0, status: 'uploading' }),
      ),
      ...all,
    ]);
    // One at a time: a batch of large photos should not compete for the line.
    for (const { f, key } of added) await send(f, key);
  };

  return (
    <section className="file-upload" aria-label="Upload evidence files">
      <DropZone buttonLabel="Choose files" multiple onFiles={onFiles} />
      {entries.length > 0 && (
        <ul className="upload-list" aria-live="polite">
          {entries.map((e) => (
            <li key={e.key} className={`upload-${e.status}`}>
              <span className="upload-name">{e.name}</span>{' '}
              <span className="muted">{formatBytes(e.size)}</span>
              {e.status === 'uploading' && (
                <progress value={e.sent} max={e.size || 1} aria-label={`Uploading ${e.name}`} />
              )}
              <span className="upload-status">{statusText(e)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function statusText(e: Entry): string {
  switch (e.status) {
    case 'uploading':
      return 'uploading…';
    case 'stored':
      return `stored as file #${e.file?.id}`;
    case 'duplicate':
      return `already stored (same SHA-256 ${e.file?.sha256.slice(0, 12)}…) as file #${e.file?.id}`;
    case 'failed':
      return `not stored: ${e.message}`;
  }
}

function uploadError(e: unknown, f: File): string {
  if (!(e instanceof ApiError)) return e instanceof Error ? e.message : String(e);
  if (e.status === 413) return `too large (${formatBytes(f.size)}): ${e.message}`;
  if (e.status === 415) return `this kind of file is not allowed: ${e.message}`;
  if (e.status === 403) return `not allowed: ${e.message}`;
  return e.message;
}
