/** An HTTP status with its class in words as well as colour (colour alone says nothing to some readers). */
const CLASSES = [
  { below: 300, tone: 'ok', words: 'success' },
  { below: 400, tone: 'info', words: 'redirect' },
  { below: 500, tone: 'warn', words: 'client error' },
  { below: Infinity, tone: 'bad', words: 'server error' },
] as const;

export function StatusBadge({ status }: { status: number | null }) {
  if (status === null) return <span class="badge badge-bad">no answer</span>;
  const found = CLASSES.find((entry) => status < entry.below) ?? CLASSES[3];
  return (
    <span class={`badge badge-${found.tone}`} title={found.words}>
      {status}
      <span class="visually-hidden"> ({found.words})</span>
    </span>
  );
}
