export interface ErrorNoteProps {
  message: string | null;
  onDismiss?: () => void;
  /** Offered as a Retry button when given. */
  onRetry?: (() => void) | null;
}

/** A failed action, announced to screen readers as it appears. Renders nothing without a message. */
export function ErrorNote({ message, onDismiss, onRetry }: ErrorNoteProps) {
  if (!message) return null;
  return (
    <div className="error-note" role="alert">
      <span>{message}</span>
      {onRetry && (
        <button type="button" className="btn" onClick={onRetry}>
          Retry
        </button>
      )}
      {onDismiss && (
        <button type="button" onClick={onDismiss} aria-label="Dismiss error">
          ×
        </button>
      )}
    </div>
  );
}
