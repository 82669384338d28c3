import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { LibraryStatusNotice } from '../../components/LibraryStatusNotice';
import { Library } from './Library';
import '../../components/theme.css';
import '../../components/library/library.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary>
      <LibraryStatusNotice />
      <Library initialQuery={new URLSearchParams(location.search).get('q') ?? ''} />
    </ErrorBoundary>
  </StrictMode>,
);
