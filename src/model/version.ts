// The version of the rules: which game a seed and a log of events make. Saves and class codes
// record it, so a game made under other rules is refused by name instead of replayed into a
// different game.
//
// Bump it with any change that makes an old log replay differently: the model's rules, what is
// drawn per game or in what order, the machine's events, the state that the hashes cover.
// (tests/replay/save.test.ts replays a fixture saved under these rules, and fails when they change.)
//   1: the first model (fixed hidden values; saves of formats 1 and 2, which name no rules).
//   2: model v2 (hidden truth drawn per game, offers and trades, coercion chosen by the
//      delegations, the mediator's interests, ratification, the structured transcript).
//   3: the ledger's and the news' causes name who did it by a code, not in English (the words
//      are src/present's); the play is that of 2, but the hashes a save records differ.
//   4: the agenda at home (Putnam): each day that ends with the text's scope outside a side's
//      tolerance raises its hardliners (`hardliners.perDayOutsideScope`); the shipped scenarios'
//      tolerances leave only a parallel track inside both.
export const RULES_VERSION = 4;

/** Saves written before the rules version was recorded were all made under these. */
export const UNRECORDED_RULES = 1;
