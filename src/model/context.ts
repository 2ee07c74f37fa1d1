// What every rule gets besides the state: the compiled scenario, the generator, and the cause
// that every meter change made by this event is recorded under.
import type { CompiledScenario } from './compile.ts';
import type { Rng } from './random.ts';
import type { Cause } from './types.ts';

export interface RuleContext {
  c: CompiledScenario;
  rng: Rng;
  cause: Cause;
}

export function withRule(ctx: RuleContext, rule: string, actor?: string): RuleContext {
  return { ...ctx, cause: { ...ctx.cause, rule, actor: actor ?? ctx.cause.actor } };
}
