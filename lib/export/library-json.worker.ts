import type { LibraryExportRequest } from './export-in-worker';
import { exportLibrary } from './library-json';
import { serveExport } from './serve-export';

// The JSON export in a thread of its own: reading, stringifying and encoding 100 MB of items
// would otherwise hold the library page for over a second.
serveExport<LibraryExportRequest>((db, request) => exportLibrary(db, request.now, request.settings));
