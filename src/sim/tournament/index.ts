// The tournament: entrants (built-in policies or modules) play the same seeds; their moves are
// checked, refused or malformed ones counted, and the games always reach an outcome.
export { MAX_MOVES, playEntrant } from './game.ts';
export { policyReport, tournamentReport } from './report.ts';
export type { PolicyReport, TournamentReport } from './report.ts';
export { SLICE, playSlice, playTournament, slicesOf } from './run.ts';
export type { SeedRange } from './run.ts';
export { addGame, joinTallies, newTally } from './tally.ts';
export type { TournamentTally } from './tally.ts';
export type { Entrant, GameRecord, Mediator } from './types.ts';
