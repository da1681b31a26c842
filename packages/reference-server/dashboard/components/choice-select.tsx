/** A labelled select of things by id (workspaces, Reeve users, providers), each shown by its name. */
import { Field } from './field';

interface ChoiceSelectProps<T> {
  label: string;
  choices: readonly T[];
  value: string;
  onChange: (id: string) => void;
  idOf: (choice: T) => string;
  nameOf: (choice: T) => string;
  hint?: string;
}

export function ChoiceSelect<T>({ label, choices, value, onChange, idOf, nameOf, hint }: ChoiceSelectProps<T>) {
  return (
    <Field label={label} {...(hint === undefined ? {} : { hint })}>
      {(control) => (
        <select {...control} value={value} onChange={(event) => onChange(event.currentTarget.value)}>
          {choices.map((choice) => (
            <option key={idOf(choice)} value={idOf(choice)}>
              {nameOf(choice)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** How workspaces and Reeve users are named in a select: the name, and enough of the id to tell two apart. */
export const workspaceChoice = { idOf: (workspace: { id: string }) => workspace.id, nameOf: (workspace: { id: string; name: string }) => `${workspace.name} (${workspace.id.slice(0, 8)})` };
export const userChoice = { idOf: (user: { id: string }) => user.id, nameOf: (user: { id: string; email: string; name: string | null }) => `${user.name ?? user.email} (${user.id})` };
