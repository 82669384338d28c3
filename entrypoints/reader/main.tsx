import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { LibraryStatusNotice } from '../../components/LibraryStatusNotice';
import { Reader } from '../../components/reader/Reader';
import { readerItemId } from '../../lib/reader/links';
import '../../components/theme.css';
import './reader.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary>
      <LibraryStatusNotice />
      <Reader itemId={readerItemId(window.location.search)} />
    </ErrorBoundary>
  </StrictMode>,
);
