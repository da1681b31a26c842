/**
 * Injected faults and latency (`/__admin/faults`): "the next 2 POSTs to /contacts/search answer 503", or "every
 * GET of an account takes 300 ms". A rule matches a method (or `*`) and a path, given either as the concrete path
 * or as the catalog's template (`/api/v1/public/accounts/{account_id}`).
 *
 * A rule's path is checked and compiled once, when it is added, into its segments; a request is matched segment by
 * segment, with no regular expression, so no rule can make matching slow. A placeholder must be a whole segment
 * ([C]): `/{a}{b}` or `/x{a}` is refused rather than guessed at.
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

/** A path a fault rule cannot take; the message names the path and the fix. */
export class FaultPathError extends Error {
  constructor(path: string, segment: string) {
    super(
      `The fault path ${JSON.stringify(path)} has the segment ${JSON.stringify(segment)}: a placeholder must be a whole path segment, such as {account_id} in ` +
        '/api/v1/public/accounts/{account_id}, with no other text and no second placeholder beside it. Give the catalog\'s template or the concrete path.',
    );
    this.name = 'FaultPathError';
  }
}

/** A path segment of a rule: the literal text, or `ANY` for a placeholder. */
type Segment = string | typeof ANY;
const ANY = Symbol('placeholder');
const PLACEHOLDER = /^\{[^{}/]+\}$/;

interface CompiledRule {
  rule: FaultRule;
  segments: readonly Segment[];
}

export class FaultInjector {
  private rules: CompiledRule[] = [];
  private sequence = 0;

  /** Throws `FaultPathError` for a path no request could be matched against safely. */
  add(input: FaultRuleInput): FaultRule {
    const segments = compilePath(input.path);
    this.sequence += 1;
    const rule: FaultRule = { ...input, method: input.method.toUpperCase(), id: `flt_${this.sequence}`, hits: 0 };
    this.rules.push({ rule, segments });
    return rule;
  }

  list(): FaultRule[] {
    return this.rules.map(({ rule }) => ({ ...rule }));
  }

  clear(): void {
    this.rules = [];
  }

  /** The effect of the first live rule that matches, counting the hit. */
  take(method: string, path: string): FaultEffect | null {
    if (this.rules.length === 0) return null;
    const upperMethod = method.toUpperCase();
    const pathSegments = path.split('/');
    const rule = this.rules.find((candidate) => isLive(candidate.rule) && matches(candidate, upperMethod, pathSegments))?.rule;
    if (!rule) return null;
    rule.hits += 1;
    return {
      ...(rule.status === undefined ? {} : { status: rule.status }),
      ...(rule.delayMs === undefined ? {} : { delayMs: rule.delayMs }),
    };
  }
}

function compilePath(path: string): Segment[] {
  return path.split('/').map((segment) => {
    if (PLACEHOLDER.test(segment)) return ANY;
    if (segment.includes('{') || segment.includes('}')) throw new FaultPathError(path, segment);
    return segment;
  });
}

function isLive(rule: FaultRule): boolean {
  return rule.times === undefined || rule.hits < rule.times;
}

function matches({ rule, segments }: CompiledRule, method: string, path: readonly string[]): boolean {
  if (rule.method !== '*' && rule.method !== method) return false;
  if (segments.length !== path.length) return false;
  return segments.every((segment, index) => (segment === ANY ? path[index] !== '' : segment === path[index]));
}
