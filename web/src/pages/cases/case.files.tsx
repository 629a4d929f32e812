// The case's evidence files, a page at a time: photos with a small server-made thumbnail (full size
// on click), name, size, the start of the SHA-256 and the item a file belongs to; editors upload.
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/api.client.ts';
import type { EvidenceFile, Page } from '../../api/api.types.ts';
import { ErrorBox } from '../../ui/ui.error.tsx';
import { formatBytes, formatNumber } from '../../ui/ui.format.ts';
import { Loading } from '../../ui/ui.status.tsx';
import { FileUpload } from '../files/file.upload.tsx';

const PAGE = 12;

export function CaseFiles({ caseId, canUpload }: { caseId: number; canUpload: boolean }) {
  const qc = useQueryClient();
  const [offset, setOffset] = useState(0);
  const q = useQuery({
    queryKey: ['files', { caseId, offset }],
    queryFn: () => api<Page<EvidenceFile>>('/api/files', { query: { caseId, limit: PAGE, offset } }),
    placeholderData: keepPreviousData,
  });
  const rows = q.data?.rows ?? [];
  const total = q.data?.total ?? 0;
  return (
    <section aria-labelledby="case-files-h">
      <h2 id="case-files-h">Evidence files</h2>
      <ErrorBox error={q.error} />
      {q.isPending ? (
        <Loading what="files" />
      ) : rows.length === 0 ? (
        <p className="muted">No evidence files.</p>
      ) : (
        <>
          <ul className="file-grid">
            {rows.map((f) => (
              <li key={f.id} className="file-card">
                <a href={`/api/files/${f.id}/content`} className="file-thumb">
                  {f.mediaType.startsWith('image/') ? (
                    <img
                      src={`/api/files/${f.id}/thumbnail?size=160`}
                      alt={f.description ?? f.originalName}
                      width={160}
                      height={120}
                      loading="lazy"
                    />
                  ) : (
                    <span className="file-kind">{f.mediaType}</span>
                  )}
                </a>
                <span className="file-name">{f.originalName}</span>
                <span className="muted">
                  {formatBytes(f.size)} ·{' '}
                  <span className="mono" title={f.sha256}>
                    {f.sha256.slice(0, 12)}
                  </span>
                </span>
                {f.itemId !== null && <Link to={`/items/${f.itemId}`}>item {f.itemId}</Link>}
              </li>
            ))}
          </ul>
          <nav className="pager" aria-label="Evidence files: pages">
            <button
              type="button"
              disabled={offset === 0}
              onClick={() => setOffset(Math.max(0, offset - PAGE))}
            >
              Previous
            </button>
            <span>
              {formatNumber(offset + 1)}–{formatNumber(offset + rows.length)} of {formatNumber(total)}
            </span>
            <button
              type="button"
              disabled={offset + rows.length >= total}
              onClick={() => setOffset(offset + PAGE)}
            >
              Next
            </button>
          </nav>
        </>
      )}
      {canUpload && (
        <FileUpload caseId={caseId} onUploaded={() => void qc.invalidateQueries({ queryKey: ['files'] })} />
      )}
    </section>
  );
}
