export interface ErrorNoteProps {
  message: string | null;
  onDismiss?: () => void;
}

/** A failed action, announced to screen readers as it appears. Renders nothing without a message. */
export function ErrorNote({ message, onDismiss }: ErrorNoteProps) {
  if (!message) return null;
  return (
    <div className="error-note" role="alert">
      <span>{message}</span>
      {onDismiss && (
        <button type="button" onClick={onDismiss} aria-label="Dismiss error">
          ×
        </button>
      )}
    </div>
  );
}
