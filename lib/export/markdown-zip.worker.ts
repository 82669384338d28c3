import { exportMarkdownZip } from '../markdown/zip-export';
import type { MarkdownExportRequest } from './export-in-worker';
import { serveExport } from './serve-export';

// The Markdown export in a thread of its own: converting thousands of articles takes seconds.
serveExport<MarkdownExportRequest, Blob>((db, request, progress) => exportMarkdownZip(db, request.scope, request.now, progress));
