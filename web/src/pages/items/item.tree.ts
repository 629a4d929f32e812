// The components of an item as the tree they form (module → board → chip), from the flat list the
// API pages through: each row with its depth, in the order a reader expects (parents before their
// children, siblings in id order). A component whose parent is not in the list is a root.

export interface TreeNode<T> {
  row: T;
  depth: number;
  childCount: number;
  /** Ids of the ancestors, nearest last: collapsing any of them hides the row. */
  ancestors: number[];
}

export function componentTree<T extends { id: number; parentId: number | null }>(rows: T[]): TreeNode<T>[] {
  const ids = new Set(rows.map((r) => r.id));
  const children = new Map<number | null, T[]>();
  for (const r of [...rows].sort((a, b) => a.id - b.id)) {
    const parent = r.parentId !== null && ids.has(r.parentId) ? r.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), r]);
  }
  const out: TreeNode<T>[] = [];
  const seen = new Set<number>();
  const walk = (parent: number | null, depth: number, ancestors: number[]) => {
    for (const r of children.get(parent) ?? []) {
      // A cycle in bad data must not hang the page.
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      out.push({ row: r, depth, childCount: children.get(r.id)?.length ?? 0, ancestors });
      walk(r.id, depth + 1, [...ancestors, r.id]);
    }
  };
  walk(null, 0, []);
  return out;
}
