// The photos of an item: thumbnails made by the server (160 px), a full-size viewer (a modal
// dialog: Esc closes, the arrow keys move, a link to the original), other files as links for
// members, and the upload for those who may add files.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { api } from '../../api/api.client.ts';
import type { EvidenceFile, Page } from '../../api/api.types.ts';
import { ErrorBox } from '../../ui/ui.error.tsx';
import { formatBytes, formatDate } from '../../ui/ui.format.ts';
import { Loading } from '../../ui/ui.status.tsx';
import { FileUpload } from '../files/file.upload.tsx';

const isPhoto = (f: EvidenceFile) => f.mediaType.startsWith('image/');
const nameOf = (f: EvidenceFile) => f.description ?? f.originalName;

export function ItemPhotos({
  caseId,
  itemId,
  canEdit,
  full,
}: {
  caseId: number;
  itemId: number;
  canEdit: boolean;
  /** A member reads every file; a reader of the published form gets photos only. */
  full: boolean;
}) {
  const qc = useQueryClient();
  const q = useQuery({
    queryKey: ['/api/files', { itemId }],
    queryFn: ({ signal }) => api<Page<EvidenceFile>>('/api/files', { query: { itemId, limit: 500 }, signal }),
  });
  const [open, setOpen] = useState<number | null>(null);
  const rows = q.data?.rows ?? [];
  const photos = rows.filter(isPhoto);
  const others = rows.filter((f) => !isPhoto(f));
  return (
    <section aria-labelledby="item-photos">
      <h2 id="item-photos">Photos</h2>
      {q.isPending && <Loading what="photos" />}
      <ErrorBox error={q.error} />
      {q.data && photos.length === 0 && <p className="muted">No photos of this item.</p>}
      {photos.length > 0 && (
        <ul className="thumbs">
          {photos.map((f, i) => (
            <li key={f.id}>
              <button
                type="button"
                className="thumb"
                onClick={() => setOpen(i)}
                title={`View ${nameOf(f)} full size`}
              >
                <img
                  src={`/api/files/${f.id}/thumbnail?size=160`}
                  alt={`Photo: ${nameOf(f)}`}
                  loading="lazy"
                  decoding="async"
                />
              </button>
            </li>
          ))}
        </ul>
      )}
      {full && others.length > 0 && (
        <>
          <h3>Other files</h3>
          <ul>
            {others.map((f) => (
              <li key={f.id}>
                <a href={`/api/files/${f.id}/content`}>{f.originalName}</a>{' '}
                <span className="muted">
                  {f.mediaType}, {formatBytes(f.size)}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {open !== null && photos[open] && (
        <PhotoViewer photos={photos} index={open} onMove={setOpen} onClose={() => setOpen(null)} />
      )}
      {canEdit && (
        <FileUpload
          caseId={caseId}
          itemId={itemId}
          onUploaded={() => qc.invalidateQueries({ queryKey: ['/api/files', { itemId }] })}
        />
      )}
    </section>
  );
}

function PhotoViewer({
  photos,
  index,
  onMove,
  onClose,
}: {
  photos: EvidenceFile[];
  index: number;
  onMove(i: number): void;
  onClose(): void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const f = photos[index];
  const n = photos.length;
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);
  const move = (by: number) => onMove((index + by + n) % n);
  return (
    <dialog
      ref={dialog}
      className="photo-viewer"
      aria-labelledby={titleId}
      onClose={onClose}
      onKeyDown={(e) => {
        if (e.key === 'ArrowRight') move(1);
        else if (e.key === 'ArrowLeft') move(-1);
      }}
    >
      <div className="viewer-bar">
        <h2 id={titleId}>
          Photo {index + 1} of {n}: {nameOf(f)}
        </h2>
        <button type="button" className="secondary" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
      <figure>
        <img src={`/api/files/${f.id}/thumbnail?size=1280`} alt={`Photo: ${nameOf(f)}, full size`} />
        <figcaption>
          {f.capturedAt && <>Taken {formatDate(f.capturedAt)} · </>}
          <a href={`/api/files/${f.id}/content`} target="_blank" rel="noreferrer">
            Open the original
          </a>{' '}
          <span className="muted">({formatBytes(f.size)})</span>
        </figcaption>
      </figure>
      {n > 1 && (
        <p className="viewer-nav">
          <button type="button" className="secondary" onClick={() => move(-1)}>
            Previous photo
          </button>{' '}
          <button type="button" className="secondary" onClick={() => move(1)}>
            Next photo
          </button>{' '}
          <span className="muted">(or the arrow keys; Esc closes)</span>
        </p>
      )}
    </dialog>
  );
}
