// The cases the reader may see, by id: tables of components and search hits name each row's case and
// mark the synthetic demo case's rows as such. One small request, shared through the query cache.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/api.client.ts';
import type { Case, Page } from '../../api/api.types.ts';

export function useCases(): Map<number, Case> {
  const q = useQuery({
    queryKey: ['/api/cases'],
    queryFn: ({ signal }) => api<Page<Case>>('/api/cases', { signal }),
    staleTime: 60_000,
  });
  return new Map((q.data?.rows ?? []).map((c) => [c.id, c]));
}
