/**
 * Which catalog operation each create and search performs, recorded by the factories as they define them. Zapier's
 * schema allows no extra properties on a definition, so the link lives here; the coverage test reads it.
 */
const operationByKey = new Map<string, string>();

export function recordOperation(key: string, operationId: string): void {
  const existing = operationByKey.get(key);
  if (existing && existing !== operationId) throw new Error(`Zapier key ${key} is already defined for ${existing}; keys must be unique.`);
  operationByKey.set(key, operationId);
}

export function operationsByKey(): ReadonlyMap<string, string> {
  return operationByKey;
}
