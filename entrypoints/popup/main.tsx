import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { db } from '@/lib/db';
import { FIRST_SCREEN, readPopupView } from '@/lib/ui/popup-data';
import { Popup } from './Popup';
import '@/components/theme.css';
import './popup.css';

const root = createRoot(document.getElementById('root')!);

// The rows of the first screen are read before the first render, so that render already shows
// them: the component's own live query, which then reads the rest, only starts after React's
// first commit and its effects, and an empty first frame would be laid out and painted for
// nothing. Reading and rendering all fifty rows first cost a third of the time to first paint.
readPopupView(db, null, FIRST_SCREEN)
  // On a failure the live query meets the same error and the boundary shows it.
  .catch(() => undefined)
  .then((view) =>
    root.render(
      <StrictMode>
        <ErrorBoundary>
          <Popup initialView={view} />
        </ErrorBoundary>
      </StrictMode>,
    ),
  );
