/**
 * Injected faults and latency (`/__admin/faults`): "the next 2 POSTs to /contacts/search answer 503", or "every
 * GET of an account takes 300 ms". A rule matches a method (or `*`) and a path, given either as the concrete path
 * or as the catalog's template (`/api/v1/public/accounts/{account_id}`).
 */
export interface FaultRuleInput {
  method: string;
  path: string;
  status?: number;
  delayMs?: number;
  /** How many requests the rule applies to; unlimited when omitted. */
  times?: number;
}

export interface FaultRule extends FaultRuleInput {
  id: string;
  /** How many requests the rule has applied to so far. */
  hits: number;
}

export interface FaultEffect {
  status?: number;
  delayMs?: number;
}

export class FaultInjector {
  private rules: FaultRule[] = [];
  private sequence = 0;

  add(input: FaultRuleInput): FaultRule {
    this.sequence += 1;
    const rule: FaultRule = { ...input, method: input.method.toUpperCase(), id: `flt_${this.sequence}`, hits: 0 };
    this.rules.push(rule);
    return rule;
  }

  list(): FaultRule[] {
    return this.rules.map((rule) => ({ ...rule }));
  }

  clear(): void {
    this.rules = [];
  }

  /** The effect of the first live rule that matches, counting the hit. */
  take(method: string, path: string): FaultEffect | null {
    const rule = this.rules.find((candidate) => isLive(candidate) && matches(candidate, method.toUpperCase(), path));
    if (!rule) return null;
    rule.hits += 1;
    return {
      ...(rule.status === undefined ? {} : { status: rule.status }),
      ...(rule.delayMs === undefined ? {} : { delayMs: rule.delayMs }),
    };
  }
}

function isLive(rule: FaultRule): boolean {
  return rule.times === undefined || rule.hits < rule.times;
}

function matches(rule: FaultRule, method: string, path: string): boolean {
  if (rule.method !== '*' && rule.method !== method) return false;
  return rule.path === path || templatePattern(rule.path).test(path);
}

function templatePattern(template: string): RegExp {
  const escaped = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+');
  return new RegExp(`^${escaped}$`);
}
