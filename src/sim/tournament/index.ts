// The tournament: entrants (built-in policies or modules) play the same seeds; their moves are
// checked, refused or malformed ones counted, and the games always reach an outcome.
export { MAX_MOVES, playEntrant } from './game.ts';
export { policyReport, tournamentReport } from './report.ts';
export type { PolicyReport, TournamentReport } from './report.ts';
export { joinRuns, playSeeds, playTournament, sliceSeeds } from './run.ts';
export type { SeedRange } from './run.ts';
export type { Entrant, EntrantRun, GameRecord, Mediator } from './types.ts';
