/** The form that sets the Traffic view's filters; they apply on submit, and Clear removes them all. */
import { useState } from 'preact/hooks';
import type { AdminWorkspace } from '../../api';
import { Field } from '../../components/field';
import { FILTER_NAMES, type FilterName, type Filters } from './filters';

const FIELDS: Record<FilterName, { label: string; hint: string; placeholder: string }> = {
  owner: { label: 'Workspace or Reeve user', hint: "A workspace's id or a Reeve user's (usr_…)", placeholder: 'usr_… or a workspace id' },
  credential: { label: 'Key or session', hint: "Part of a key's name, or a session's last 4 characters", placeholder: 'Demo Full Access' },
  status: { label: 'Status', hint: 'A status or a class', placeholder: '404 or 4xx' },
  path: { label: 'Path', hint: 'Part of the path', placeholder: '/accounts' },
};

interface FilterFormProps {
  filters: Filters;
  workspaces: readonly AdminWorkspace[];
  onApply: (filters: Filters) => void;
}

export function FilterForm({ filters, workspaces, onApply }: FilterFormProps) {
  const [draft, setDraft] = useState<Filters>(filters);
  const submit = (event: Event) => {
    event.preventDefault();
    onApply(Object.fromEntries(Object.entries(draft).map(([name, value]) => [name, value?.trim()]).filter(([, value]) => value)));
  };
  const clear = () => {
    setDraft({});
    onApply({});
  };
  return (
    <form class="filters" onSubmit={submit} aria-label="Filter requests">
      {FILTER_NAMES.map((name) => (
        <Field key={name} label={FIELDS[name].label} hint={FIELDS[name].hint}>
          {(control) => (
            <input
              {...control}
              name={name}
              type="text"
              autocomplete="off"
              spellcheck={false}
              placeholder={FIELDS[name].placeholder}
              list={name === 'owner' ? 'traffic-owners' : undefined}
              value={draft[name] ?? ''}
              onInput={(event) => setDraft({ ...draft, [name]: event.currentTarget.value })}
            />
          )}
        </Field>
      ))}
      <datalist id="traffic-owners">
        {workspaces.map((workspace) => (
          <option key={workspace.id} value={workspace.id}>
            {workspace.name}
          </option>
        ))}
      </datalist>
      <button type="submit">Apply filters</button>
      <button type="button" onClick={clear}>
        Clear
      </button>
    </form>
  );
}
