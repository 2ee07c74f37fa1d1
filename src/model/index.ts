// The public face of src/model: other layers import only from here.
export { textItems, textStanding } from './analysis.ts';
export type { TextItem, TextStanding } from './analysis.ts';
export { runRule } from './apply.ts';
export type { Applied, Rule } from './apply.ts';
export { acceptanceFloor, acceptanceThreshold, positionWorth, ratificationMargin, ripeBonus, ripeness, settledWeight, shortfall, timeFraction, timePressure, wouldAccept } from './acceptance.ts';
export { emptyNotebook, meanParticle, notebookOf, particlesFor, particleWeights, PARTICLES, readTranscript, replyLikelihood, sampleParticle, summarise } from './beliefs.ts';
export type { IssueBelief, Notebook, Particle, Scene, SideBeliefs, SideSummary } from './beliefs.ts';
export { expressible, nashPoint, nashPointAll, paretoFrontier, paretoFrontierN, pointText, reachableScopes, type PointN } from './bargaining.ts';
export type { FrontierPoint } from './bargaining.ts';
export { compile, issueIndex, other, positionGap, positionsGap, sideIndex } from './compile.ts';
export type { CompiledScenario, CompiledSide } from './compile.ts';
export { addressed, modelBlock, named, offerTo, othersOf } from './parties.ts';
export { emptyJournal, withRule } from './context.ts';
export type { Journal, Recording, RuleContext } from './context.ts';
export { dayOf, emptyLineUse, linesKey } from './dialogue.ts';
export type { LineVars } from './dialogue.ts';
export { drawSide, normal } from './draw.ts';
export { chooseCoercion, resolveOf } from './escalation.ts';
export { DEFAULT_SETTINGS, initialState } from './init.ts';
export { meterRange } from './meters.ts';
export { acceptsTrade, afterSteps, giveStep, mediatorTrade, mediatorTradeOpen, offerStillOpen, openStepTo, proposeTrade, tradeBalance } from './offers.ts';
export { deadlineOutcome, deadlineText, strikerBetterOffWithout, fullTextAgreed, immediateOutcome, lastRoundOver, ratificationChance, ratify } from './outcome.ts';
export { blank, itemAt, itemsOf, OPEN, optionAt, packageOf, redLineCode, UNKNOWN, withItem } from './package.ts';
export type { Package, PriorityCode } from './package.ts';
export { issuePhrase } from './phrase.ts';
export { progressOf, scopeOf } from './progress.ts';
export { rngFrom, Rng, seedState } from './random.ts';
export { concessionBudget, estimatedCost, modelledWeights, pastTheOther, stepCost, stepToward } from './reciprocity.ts';
export { agendaText, proposeAgenda } from './rules/agenda.ts';
export { applyAnswer, putQuestion, speak } from './rules/answer.ts';
export type { PersonAnswer } from './rules/answer.ts';
export { askConcession, concede, judgeConcession, nextStep } from './rules/concession.ts';
export type { ConcessionAnswer } from './rules/concession.ts';
export { editDraft, needMost, presentDraft, settledCore, TIED_HANDS, worstItems } from './rules/draft.ts';
export { guaranteeAvailable, offerGuarantee } from './rules/guarantee.ts';
export { byTrueWeight, listen, priorityOf, PRIORITY_CODES } from './rules/listen.ts';
export { firstSenderTo, sendersTo, toneOf, waitingFor } from './rules/messages.ts';
export { deescalationOdds, incidentOdds, openRound, recess } from './rules/recess.ts';
export { believability, relay } from './rules/relay.ts';
export { CREDIBLE_RUNG, CREDIBLE_TRUST, paintStalemate, stalemateCredible } from './rules/stalemate.ts';
export { MAX_EXTENSION_HOURS, TEACHER, aiHolds, canInject, extendDeadline, handOver, injectEvent, pause, resume } from './rules/teacher.ts';
export { proposeTrade as proposeMediatorTrade, wouldOffer } from './rules/trade.ts';
export { walk, walkCost } from './rules/walk.ts';
export { DIFFICULTIES, OUTCOME_IDS } from './types.ts';
export type {
  Actor,
  AiSeat,
  AgendaMove,
  Cause,
  Difficulty,
  Distortion,
  GameState,
  Item,
  LedgerEntry,
  LineRef,
  Location,
  MediatorAct,
  Message,
  MessageItem,
  MeterKey,
  NewsItem,
  NewsNotice,
  Notice,
  Offer,
  Outcome,
  OutcomeId,
  OutcomeReason,
  Priority,
  Question,
  Ratification,
  RefusalReason,
  RelayMode,
  Reply,
  Said,
  Settings,
  SideIndex,
  SideState,
  SideTruth,
  Tone,
  TranscriptEntry,
} from './types.ts';
export { concessionMade, linkedUtility, packageUtility, redLinesCrossed, stepValue, utility } from './utility.ts';
export type { Values } from './utility.ts';
export { PRESETS, roundsPlayed, scenarioFor } from './variant.ts';
export { RULES_VERSION, UNRECORDED_RULES } from './version.ts';
