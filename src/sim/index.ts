// The public face of src/sim: other layers import only from here.
export { FOLLOWING_ADVICE, advisorRng, adviceLine, memoryOf, seasonedAdvice } from './advisor.ts';
export { runPolicyBatch } from './batch.ts';
export type { PolicyBatch } from './batch.ts';
export { playGame } from './play.ts';
export { modelAnswer } from './person.ts';
export { DEFAULT_POLICY, POLICIES, QUICK_POLICIES, SCRIPTS, policyByName } from './policies/index.ts';
export type { PolicyFactory } from './policies/policy.ts';
export { MAX_RUNS, OUTCOME_SCORE, decisionBudget, emptyTally, mergeTallies, planFrom, planWhatIf, runSlice, runsProblem, summarise, whatIf } from './whatif.ts';
export { DEFAULT_HIDDEN, HIDDEN_VALUES } from './whatif-start.ts';
export type { HiddenValues } from './whatif-start.ts';
export type { Decision, Distribution, RunsProblem, WhatIf, WhatIfFrom, WhatIfPlan, WhatIfTally } from './whatif.ts';
export { advise, PLANNER_DEFAULTS } from './policies/planner.ts';
export type { Advice, AdviceReason, PlannerMemory } from './policies/planner.ts';
export { MAX_MOVES, joinTallies, playEntrant, playSlice, playTournament, policyReport, slicesOf, tournamentReport } from './tournament/index.ts';
export type { Entrant, GameRecord, Mediator, PolicyReport, SeedRange, TournamentReport, TournamentTally } from './tournament/index.ts';
