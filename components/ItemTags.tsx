import { useState } from 'react';
import type { Item } from '../lib/db/schema';
import { callBackground } from '../lib/messaging';
import { ErrorNote } from './ErrorNote';
import { TagEditor } from './TagEditor';
import { useAction } from './useAction';

export interface ItemTagsProps {
  item: Item;
  onSelect?(tag: string): void;
  activeTag?: string | null;
}

/**
 * The tag editor of one saved item, writing through the background. The new list shows at once
 * and is the base of the next edit, so two quick additions do not overwrite each other while the
 * database catches up.
 */
export function ItemTags({ item, onSelect, activeTag }: ItemTagsProps) {
  const [pending, setPending] = useState<readonly string[] | null>(null);
  const { run, error, dismiss, retry } = useAction();
  const stored = item.tags.join('\n');
  const [seen, setSeen] = useState(stored);

  // Whatever the database says next is the truth, whether it took our edit or not: a new stored
  // list drops the pending one during this render, not after it.
  if (seen !== stored) {
    setSeen(stored);
    setPending(null);
  }

  const change = async (tags: readonly string[]) => {
    setPending(tags);
    const ok = await run(() => callBackground({ type: 'set-tags', itemId: item.id, tags: [...tags] }));
    if (!ok) setPending(null);
  };

  return (
    <>
      <TagEditor tags={pending ?? item.tags} onChange={change} onSelect={onSelect} activeTag={activeTag} label={item.title} />
      <ErrorNote message={error} onDismiss={dismiss} onRetry={retry} />
    </>
  );
}
