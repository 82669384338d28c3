import type { Item } from '../lib/db/schema';
import { kindLabel } from '../lib/ui/format';

export function KindBadge({ kind }: { kind: Item['kind'] }) {
  return <span className={`kind-badge kind-${kind}`}>{kindLabel(kind)}</span>;
}
