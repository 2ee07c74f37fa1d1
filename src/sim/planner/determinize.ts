// A determinization: one complete game state the mediator thinks possible, made from what it
// knows (the mediator's view) and a sample of what it does not (each side's values drawn from its
// notebook). The hidden meters it cannot see (hardliners, hurt, way out) start from the
// scenario's published figures; what each side feels it gave and got follows from the positions.
import type { MediatorView } from '../../machine/index.ts';
import { emptyLineUse, meanParticle, packageUtility, sampleParticle, seedState, type GameState, type Particle, type Rng, type SideIndex, type SideState } from '../../model/index.ts';

/** The hidden meters a mediator can work out from the public record: the scenario's own rules applied to what happened. */
interface Drifted {
  reservation: number;
  hardliners: number;
  hurt: number;
  wayOut: number;
}

type Effect = MediatorView['scenario']['events'][number]['effects'][number];

/**
 * A side's hidden meters as the public record implies them: its drift at every recess by the
 * pressure the ledger shows, the effects of every event and coercive move in the news (the
 * scenario publishes them), the guarantees it was offered, and the hardliners its concessions
 * stirred. Only its starting reservation value and what it conceded come from the sample.
 */
function drifted(view: MediatorView, s: SideIndex, reservation: number, conceded: number): Drifted {
  const { scenario, state } = view;
  const d = scenario.delegations[s]!;
  const id = d.id;
  const m: Drifted = { reservation, hardliners: d.hardliners.initial, hurt: d.ripeness.hurt, wayOut: d.ripeness.wayOut };
  const apply = (effects: readonly Effect[]) => {
    for (const e of effects) {
      if (e.meter === 'pressure' || (e.delegation !== undefined && e.delegation !== id)) continue;
      if (e.meter === 'reservation' || e.meter === 'hardliners' || e.meter === 'hurt' || e.meter === 'wayOut') m[e.meter] += e.delta;
    }
  };
  // The pressure at the end of each finished day, from the visible ledger.
  let pressure = scenario.escalation.start;
  const endOf: number[] = [];
  for (const e of state.ledger) {
    while (endOf.length < e.round) endOf.push(pressure);
    if (e.meter === 'pressure') pressure = e.to;
  }
  while (endOf.length < state.round) endOf.push(pressure);
  for (const p of endOf) {
    m.hurt += d.ripeness.hurtPerRung * Math.max(0, p - d.ripeness.fromRung);
    m.hardliners += d.hardliners.perRung * Math.max(0, p - d.hardliners.fromRung);
    m.reservation += d.reservation.drift.perRound + d.reservation.drift.perRung * Math.max(0, p - d.reservation.drift.fromRung) + d.reservation.drift.perHurt * (m.hurt / 10);
  }
  for (const n of state.news) {
    if (n.kind === 'coercion') {
      const move = scenario.delegations[n.by ?? 0]!.coercion.find((x) => x.headline === n.headline);
      if (move) {
        apply(move.effects);
        if (n.by === s) m.hardliners += move.audienceCost / 2;
      }
    } else if (n.kind === 'scripted') {
      apply(scenario.events.find((e) => e.headline === n.headline)?.effects ?? []);
    } else if (n.kind === 'incident' || n.kind === 'background') {
      apply(scenario.randomEvents.find((e) => e.headline === n.headline)?.effects ?? []);
    }
  }
  for (const t of state.transcript) {
    if (t.said.kind !== 'act') continue;
    const act = t.said.act;
    if (act.type === 'OFFER_GUARANTEE' && act.side === s) m.wayOut += scenario.mediator.guarantees.find((g) => g.id === act.guarantee)?.wayOut ?? 0;
  }
  m.hardliners += d.hardliners.perConcession * conceded * 10;
  const clamp = (x: number) => Math.min(100, Math.max(0, x));
  return { reservation: Math.min(0.95, Math.max(0, m.reservation)), hardliners: clamp(m.hardliners), hurt: clamp(m.hurt), wayOut: clamp(m.wayOut) };
}

function side(view: MediatorView, s: SideIndex, reservation: number, truthWorth: { opening: number; now: number }, otherGave: number): SideState {
  const v = view.state.sides[s]!;
  const round = view.state.round;
  const conceded = Math.max(0, truthWorth.opening - truthWorth.now);
  const hidden = drifted(view, s, reservation, conceded);
  return {
    position: v.position,
    reservation: hidden.reservation,
    hardliners: hidden.hardliners,
    patience: v.patience,
    credibility: v.credibility,
    closeness: v.closeness,
    hurt: hidden.hurt,
    wayOut: hidden.wayOut,
    conceded,
    perceived: otherGave,
    model: new Array<number>(view.c.issueIds.length * (view.c.sides.length - 1)).fill(0),
    frustration: Math.min(1, 0.15 * round),
    coerced: [...v.coerced],
    accepted: v.accepted,
    pending: v.pending,
    heard: v.heard,
    priorities: v.priorities,
    redLinesHeard: [...v.redLinesHeard],
    criticised: [...v.criticised],
    criticisedVersion: v.criticisedVersion,
    ...(v.outbox ? { outbox: [...v.outbox] } : {}),
  };
}


/** A full state consistent with the view, its hidden values drawn from the notebook with `rng`. */
export function determinize(view: MediatorView, rng: Rng): GameState {
  return fill(view, view.c.sideIndices.map((s) => sampleParticle(view.c, view.notebook, s, rng)), rng);
}

/** The state of the mediator's best guess: each side's expected values in the notebook. */
export function bestGuess(view: MediatorView, rng: Rng): GameState {
  return fill(view, view.c.sideIndices.map((s) => meanParticle(view.c, view.notebook, s)), rng);
}

function fill(view: MediatorView, p: readonly Particle[], rng: Rng): GameState {
  const { c, state } = view;
  const worth = c.sideIndices.map((s) => ({ opening: packageUtility(p[s]!.truth, c.sides[s]!.opening), now: packageUtility(p[s]!.truth, state.sides[s]!.position) }));
  const gave = worth.map((w) => Math.max(0, w.opening - w.now));
  // What each side believes it got: what the others gave (with two, the other one).
  const othersGave = (s: SideIndex) => gave.reduce((sum, g, t) => (t === s ? sum : sum + g), 0);
  const sides: SideState[] = c.sideIndices.map((s) => side(view, s, p[s]!.reservation, worth[s]!, othersGave(s)));
  return {
    settings: { ...state.settings, people: c.sides.map(() => false) },
    rng: seedState(rng.int(0x7fffffff)),
    truth: p.map((x) => x.truth),
    step: state.step,
    round: state.round,
    hoursLeft: state.hoursLeft,
    location: state.location,
    greeted: 3,
    scope: state.scope,
    pressure: state.pressure,
    progress: state.progress,
    dawnProgress: state.dawnProgress,
    sides,
    draft: state.draft,
    draftVersion: state.draftVersion,
    banked: state.banked,
    guaranteesUsed: [...state.guaranteesUsed],
    distortions: [...state.distortions],
    offers: [...state.offers],
    ledger: [],
    transcript: [],
    news: [...state.news],
    lineUse: emptyLineUse(view.c.sides.length),
    question: null,
    ratification: null,
    outcome: state.outcome,
    // Conditional events that have fired do not fire again in a sampled game.
    ...(state.fired.length ? { fired: [...state.fired] } : {}),
  };
}
