/**
 * One stable tool name per operation: the product's prefix, then the catalog's group and method name in snake case
 * (`accounts.create` of Reevo → `reevo_accounts_create`, `opportunities.shiftStage` → `reevo_opportunities_shift_stage`).
 * The group and name are the typed client's, so an operation keeps one name across layers (docs/decisions.md).
 */

/** MCP's rule for tool names (SEP-986): 1–64 of letters, digits, `_`, `-` and `.`. */
const TOOL_NAME = /^[A-Za-z0-9_.-]{1,64}$/;

export function snakeCase(camel: string): string {
  return camel.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

export function toolName(prefix: string, group: string, name: string): string {
  const tool = [prefix, group, name].map(snakeCase).join('_');
  if (!TOOL_NAME.test(tool)) throw new Error(`The tool name "${tool}" breaks MCP's rule for tool names (1–64 of A–Z, a–z, 0–9, _, - and .): rename the catalog entry ${group}.${name}.`);
  return tool;
}
