import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { JOB_STATUSES, type Item, type JobStatus } from '../../lib/db/schema';
import { findDuplicates } from '../../lib/library/duplicate-groups';
import {
  countValues,
  libraryView,
  LIBRARY_SORTS,
  NO_FILTER,
  SORT_LABELS,
  type LibraryFilter,
  type LibrarySort,
} from '../../lib/library/view';
import { queryWords } from '../../lib/search/highlight';
import { foundOnlyIn } from '../../lib/search/search-index';
import { kindLabel, statusLabel } from '../../lib/ui/format';
import { Duplicates } from './Duplicates';
import { ExportButtons } from '../../components/library/ExportButtons';
import { ImportPanel, useImporter } from '../../components/library/ImportPanel';
import { LibraryRow } from './LibraryRow';
import { SelectionBar } from './SelectionBar';
import { TagManager } from './TagManager';
import { useLibraryCards } from './useLibraryCards';
import { useSearchIndex } from './useSearchIndex';

/** Rows have one height, so the list never measures while it scrolls. */
export const ROW_HEIGHT = 104;
const KINDS: Item['kind'][] = ['article', 'profile', 'job'];

type Panel = 'tags' | 'duplicates' | 'files' | null;

export function Library({ initialQuery = '' }: { initialQuery?: string }) {
  const cards = useLibraryCards();
  const { index, version, indexed, total } = useSearchIndex(cards);
  const [query, setQuery] = useState(initialQuery);
  const [filter, setFilter] = useState<LibraryFilter>(NO_FILTER);
  const [sort, setSort] = useState<LibrarySort>('relevance');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [panel, setPanel] = useState<Panel>(null);
  const importer = useImporter();
  const search = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLDivElement>(null);

  // The index is filled in place while the library loads; `version` counts its changes, so the
  // results are searched again as it grows.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const hits = useMemo(() => (query.trim() ? index.search(query) : null), [query, index, version]);
  const words = useMemo(() => queryWords(query), [query]);
  const shown = useMemo(() => libraryView(cards ?? [], hits, filter, sort), [cards, hits, filter, sort]);
  const bodyOnly = useMemo(() => new Set(hits?.filter((h) => foundOnlyIn(h, 'body')).map((h) => h.id)), [hits]);
  const tagCounts = useMemo(() => countValues(cards ?? [], (c) => c.tags), [cards]);
  const areaCounts = useMemo(() => countValues(cards ?? [], (c) => c.researchAreas), [cards]);
  // Grouping duplicates is not urgent: it must never delay a keystroke's results.
  const deferredCards = useDeferredValue(cards);
  const duplicates = useMemo(() => findDuplicates(deferredCards ?? []), [deferredCards]);
  const cardsById = useMemo(() => new Map((deferredCards ?? []).map((c) => [c.id, c])), [deferredCards]);

  // TanStack Virtual's functions change identity on every render, which the React Compiler cannot
  // memoise; we do not build with the compiler, so its lint notice is all it costs.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => list.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
  });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (event.key === '/' && !/^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) {
        event.preventDefault();
        search.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  // A selected item that was deleted or merged away is no longer selected.
  useEffect(() => {
    if (!cards) return;
    setSelected((current) => {
      const live = new Set(cards.map((c) => c.id));
      const kept = [...current].filter((id) => live.has(id));
      return kept.length === current.size ? current : new Set(kept);
    });
  }, [cards]);

  const onSelect = useCallback((id: string, on: boolean) => {
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);
  const filterTag = useCallback((tag: string) => setFilter((f) => ({ ...f, tag })), []);
  const effectiveSort = sort === 'relevance' && !query.trim() ? 'saved-desc' : sort;
  const filtering = query.trim() !== '' || Object.values(filter).some((v) => v !== null);

  const togglePanel = (next: Exclude<Panel, null>) => setPanel((p) => (p === next ? null : next));

  return (
    <div className="library">
      <header className="lib-header">
        <h1>Library</h1>
        <input
          ref={search}
          className="field lib-search"
          type="search"
          placeholder="Search titles, people, companies, places, tags and text  ( / )"
          aria-label="Search the library"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <nav className="lib-nav" aria-label="Library tools">
          <button type="button" className="btn" aria-expanded={panel === 'tags'} onClick={() => togglePanel('tags')}>
            Tags
          </button>
          <button type="button" className="btn" aria-expanded={panel === 'duplicates'} onClick={() => togglePanel('duplicates')}>
            Duplicates{duplicates.length > 0 && <span className="lib-badge">{duplicates.length}</span>}
          </button>
          <button type="button" className="btn" aria-expanded={panel === 'files'} onClick={() => togglePanel('files')}>
            Export / import
          </button>
          <a className="btn" href="options.html">
            Options
          </a>
        </nav>
      </header>

      <section className="lib-toolbar" aria-label="Filters">
        <select
          className="field"
          aria-label="Kind"
          value={filter.kind ?? ''}
          onChange={(e) => setFilter((f) => ({ ...f, kind: (e.target.value || null) as Item['kind'] | null }))}
        >
          <option value="">All kinds</option>
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {kindLabel(kind)}s
            </option>
          ))}
        </select>
        <select
          className="field"
          aria-label="Tag"
          value={filter.tag ?? ''}
          onChange={(e) => setFilter((f) => ({ ...f, tag: e.target.value || null }))}
        >
          <option value="">All tags</option>
          {filter.tag && !tagCounts.some((t) => t.value === filter.tag) && <option value={filter.tag}>{filter.tag} (0)</option>}
          {tagCounts.map(({ value, count }) => (
            <option key={value} value={value}>
              {value} ({count})
            </option>
          ))}
        </select>
        <select
          className="field"
          aria-label="Research area"
          value={filter.area ?? ''}
          onChange={(e) => setFilter((f) => ({ ...f, area: e.target.value || null }))}
        >
          <option value="">All research areas</option>
          {areaCounts.map(({ value, count }) => (
            <option key={value} value={value}>
              {value} ({count})
            </option>
          ))}
        </select>
        <select
          className="field"
          aria-label="Job status"
          value={filter.status ?? ''}
          onChange={(e) => setFilter((f) => ({ ...f, status: (e.target.value || null) as JobStatus | null }))}
        >
          <option value="">Any job status</option>
          {JOB_STATUSES.map((status) => (
            <option key={status} value={status}>
              {statusLabel(status)}
            </option>
          ))}
        </select>
        <select className="field" aria-label="Sort" value={effectiveSort} onChange={(e) => setSort(e.target.value as LibrarySort)}>
          {LIBRARY_SORTS.filter((s) => s !== 'relevance' || query.trim()).map((s) => (
            <option key={s} value={s}>
              {SORT_LABELS[s]}
            </option>
          ))}
        </select>
        {filtering && (
          <button
            type="button"
            className="btn btn-link"
            onClick={() => {
              setQuery('');
              setFilter(NO_FILTER);
            }}
          >
            Clear search and filters
          </button>
        )}
        <span className="lib-count muted" role="status">
          {cards &&
            (shown.length === cards.length
              ? `${cards.length.toLocaleString('en')} items`
              : `${shown.length.toLocaleString('en')} of ${cards.length.toLocaleString('en')} items`)}
          {indexed < total && ` · indexing ${indexed.toLocaleString('en')} / ${total.toLocaleString('en')}`}
        </span>
      </section>

      {panel && (
        <section
          className="lib-panel"
          aria-label={panel === 'tags' ? 'Tags' : panel === 'duplicates' ? 'Likely duplicates' : 'Export and import'}
        >
          {panel === 'tags' && <TagManager tags={tagCounts} onFilterTag={filterTag} />}
          {panel === 'duplicates' && <Duplicates groups={duplicates} cards={cardsById} pending={deferredCards !== cards} />}
          {panel === 'files' && (
            <>
              <ExportButtons tags={tagCounts} tag={filter.tag} itemCount={cards?.length ?? 0} />
              <ImportPanel importer={importer} />
            </>
          )}
        </section>
      )}

      {selected.size > 0 && (
        <SelectionBar
          selected={selected}
          cards={cardsById}
          knownTags={tagCounts}
          onSelectAll={() => setSelected(new Set(shown.map((c) => c.id)))}
          onClear={() => setSelected(new Set())}
          shownCount={shown.length}
        />
      )}

      <main className="lib-list" ref={list} aria-label="Saved items" aria-busy={!cards}>
        {cards && cards.length === 0 && (
          <EmptyState title="Your library is empty">
            <p>
              Open an article, researcher profile or job posting on amazon.science or amazon.jobs and click{' '}
              <strong>Save to Science Clipper</strong>.
            </p>
            <p>
              Or{' '}
              <button type="button" className="btn" onClick={() => setPanel('files')}>
                import a library you exported
              </button>
            </p>
          </EmptyState>
        )}
        {cards && cards.length > 0 && shown.length === 0 && (
          <EmptyState title={query.trim() ? `Nothing matches “${query.trim()}”` : 'No items match these filters'}>
            <button
              type="button"
              className="btn"
              onClick={() => {
                setQuery('');
                setFilter(NO_FILTER);
              }}
            >
              Show all items
            </button>
          </EmptyState>
        )}
        {shown.length > 0 && (
          <div className="lib-rows" style={{ height: virtualizer.getTotalSize() }} role="feed">
            {virtualizer.getVirtualItems().map((row) => {
              const card = shown[row.index]!;
              return (
                <LibraryRow
                  key={card.id}
                  index={row.index}
                  setSize={shown.length}
                  card={card}
                  words={words}
                  bodyOnly={bodyOnly.has(card.id)}
                  selected={selected.has(card.id)}
                  onSelect={onSelect}
                  knownTags={tagCounts}
                  onFilterTag={filterTag}
                  style={{ transform: `translateY(${row.start}px)`, height: ROW_HEIGHT }}
                />
              );
            })}
          </div>
        )}
      </main>
    </div>
  );
}
