/**
 * Phone numbers compare in E.164 form (`+14151234567`). Separators are ignored, `00` stands for `+`, and a bare
 * ten-digit number is read as North American (+1). A `+` that arrived unencoded in a query string decodes to a
 * space: the digits that remain still normalise to the same number.
 */
export function normalisePhone(value: string): string | null {
  const trimmed = value.trim();
  const digits = trimmed.replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 15) return null;
  if (trimmed.startsWith('+')) return `+${digits}`;
  if (digits.startsWith('00')) return `+${digits.slice(2)}`;
  if (digits.length === 10) return `+1${digits}`;
  return `+${digits}`;
}
