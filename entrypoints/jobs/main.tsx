import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { LibraryStatusNotice } from '../../components/LibraryStatusNotice';
import { JobsBoard } from './JobsBoard';
import '../../components/theme.css';
import './jobs.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary>
      <LibraryStatusNotice />
      <JobsBoard />
    </ErrorBoundary>
  </StrictMode>,
);
