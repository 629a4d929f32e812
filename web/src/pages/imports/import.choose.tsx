// Step 1 of the import wizard: the case to import into (cases the user may write), the kind of rows,
// and the file, uploaded with a progress bar to POST /api/imports/uploads.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, upload } from '../../api/api.client.ts';
import { useSession } from '../../api/api.session.tsx';
import type { Case, Page } from '../../api/api.types.ts';
import { ErrorBox } from '../../ui/ui.error.tsx';
import { formatBytes } from '../../ui/ui.format.ts';
import { Loading } from '../../ui/ui.status.tsx';
import { DropZone } from '../files/file.upload.tsx';
import type { ImportKind, UploadAnswer } from './import.types.ts';

export const IMPORT_ACCEPT = '.csv,.tsv,.tab,.txt,.jsonl,.ndjson,.xlsx';

export interface Chosen {
  caseId: number;
  kind: ImportKind;
  upload: UploadAnswer;
}

export function ChooseStep({ onUploaded }: { onUploaded(c: Chosen): void }) {
  const { canWrite } = useSession();
  const cases = useQuery({
    queryKey: ['cases'],
    queryFn: () => api<Page<Case>>('/api/cases'),
  });
  const writable = (cases.data?.rows ?? []).filter((c) => !c.deletedAt && canWrite(c.id));
  const [caseId, setCaseId] = useState<number | null>(null);
  const [kind, setKind] = useState<ImportKind>('items');
  const [file, setFile] = useState<File | null>(null);
  const [sent, setSent] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const chosenCase = caseId ?? writable[0]?.id ?? null;

  if (cases.isPending) return <Loading what="cases" />;
  if (cases.error) return <ErrorBox error={cases.error} />;
  if (writable.length === 0)
    return <p className="notice">You are not an editor of any case, so there is nowhere to import into.</p>;

  const start = async () => {
    if (!file || chosenCase === null) return;
    setError(null);
    setSent(0);
    const form = new FormData();
    form.append('file', file, file.name);
    try {
      const answer = await upload<UploadAnswer>('/api/imports/uploads', form, (s) => setSent(s), {
        caseId: chosenCase,
      });
      onUploaded({ caseId: chosenCase, kind, upload: answer });
    } catch (e) {
      setError(e);
      setSent(null);
    }
  };

  return (
    <form
      className="form import-choose"
      onSubmit={(e) => {
        e.preventDefault();
        void start();
      }}
    >
      <div className="form-field">
        <label htmlFor="import-case">Case</label>
        <select id="import-case" value={chosenCase ?? ''} onChange={(e) => setCaseId(Number(e.target.value))}>
          {writable.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title}
              {c.isDemo ? ' (synthetic demo data)' : ''}
            </option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend>The file holds</legend>
        <label className="inline">
          <input type="radio" name="kind" checked={kind === 'items'} onChange={() => setKind('items')} />
          recovered items
        </label>
        <label className="inline">
          <input
            type="radio"
            name="kind"
            checked={kind === 'components'}
            onChange={() => setKind('components')}
          />
          components
        </label>
      </fieldset>
      <div>
        <DropZone buttonLabel="Choose a file" accept={IMPORT_ACCEPT} onFiles={(f) => setFile(f[0] ?? null)}>
          CSV, TSV, JSON Lines or XLSX. Drop the file here, or{' '}
        </DropZone>
        <p aria-live="polite">
          {file ? (
            <>
              Chosen: <strong>{file.name}</strong> <span className="muted">({formatBytes(file.size)})</span>
            </>
          ) : (
            <span className="muted">No file chosen yet.</span>
          )}
        </p>
      </div>
      {sent !== null && file && (
        <progress value={sent} max={file.size || 1} aria-label={`Uploading ${file.name}`} />
      )}
      <ErrorBox error={error} title="The file was not accepted" />
      <div>
        <button type="submit" disabled={!file || sent !== null}>
          Upload and map columns
        </button>
      </div>
    </form>
  );
}
