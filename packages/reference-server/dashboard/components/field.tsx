/** A form control with its visible label (and an optional hint), tied together by ids so screen readers read both. */
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
}

interface FieldProps {
  label: string;
  hint?: string;
  /** The control, given the id and description it must carry. */
  children: (control: ControlProps) => ComponentChildren;
}

export function Field({ label, hint, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {children(hint === undefined ? { id } : { id, 'aria-describedby': hintId })}
      {hint === undefined ? null : (
        <small id={hintId} class="hint">
          {hint}
        </small>
      )}
    </div>
  );
}
