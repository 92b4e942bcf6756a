export interface UndoBarProps {
  message: string;
  actionLabel: string;
  onUndo(): void;
}

/** Confirms a report and offers to take it back while that is still possible. */
export function UndoBar({ message, actionLabel, onUndo }: UndoBarProps) {
  return (
    <div class="undo" role="status">
      <span>{message}</span>
      <button type="button" class="undo__button" onClick={onUndo}>
        {actionLabel}
      </button>
    </div>
  );
}
