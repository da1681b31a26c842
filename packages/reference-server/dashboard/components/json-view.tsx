/** A JSON value, indented, in a region a keyboard can scroll (it takes focus) and a screen reader can name. */
export function JsonView({ label, value }: { label: string; value: unknown }) {
  const text = typeof value === 'string' ? value : JSON.stringify(value, null, 2);
  return (
    <pre class="json" tabIndex={0} role="region" aria-label={label}>
      {text ?? 'undefined'}
    </pre>
  );
}
