// Every meter over the game, rebuilt from the ledger: the ledger records each change with its
// from and to, so a meter's value before the first change is that change's "from", and its
// value at any step is the "to" of its last change up to then.
import type { GameState, LedgerEntry, SideIndex } from '../model/index.ts';

/** The meters a line's history keeps (the teacher's clock and pause are not meters). */
export type SeriesMeter = 'scope' | 'pressure' | 'progress' | 'patience' | 'credibility' | 'closeness' | 'concession' | 'hurt' | 'wayOut' | 'hardliners' | 'reservation';

export const SHARED_METERS = ['scope', 'pressure', 'progress'] as const;
export const VISIBLE_SIDE_METERS = ['patience', 'credibility', 'closeness', 'concession'] as const;
export const HIDDEN_SIDE_METERS = ['hurt', 'wayOut', 'hardliners', 'reservation'] as const;

const HIDDEN = new Set<SeriesMeter>(HIDDEN_SIDE_METERS);

export function isHidden(meter: SeriesMeter): boolean {
  return HIDDEN.has(meter);
}

export function seriesKey(meter: SeriesMeter, side: SideIndex | null): string {
  return side === null ? meter : `${meter}.${side}`;
}

/** The value in the final state (concession is not kept in the state: it is rebuilt only). */
function finalValue(state: GameState, meter: SeriesMeter, side: SideIndex | null): number {
  if (meter === 'concession') return 0;
  if (side === null) return state[meter as 'scope' | 'pressure' | 'progress'];
  return state.sides[side][meter as Exclude<SeriesMeter, 'scope' | 'pressure' | 'progress' | 'concession'>];
}

/** The history of every meter, readable at any step. */
export class MeterHistory {
  private readonly changes = new Map<string, LedgerEntry[]>();
  private readonly starts = new Map<string, number>();

  constructor(state: GameState) {
    for (const e of state.ledger) {
      // The teacher's clock, pause and seat entries are not meters to chart.
      if (e.meter === 'hours' || e.meter === 'paused' || e.meter === 'ai') continue;
      const key = seriesKey(e.meter, e.side);
      const list = this.changes.get(key);
      if (list) list.push(e);
      else this.changes.set(key, [e]);
    }
    for (const meter of [...SHARED_METERS, ...VISIBLE_SIDE_METERS, ...HIDDEN_SIDE_METERS] as SeriesMeter[]) {
      // Every delegation's series, however many there are.
      const sides: (SideIndex | null)[] = (SHARED_METERS as readonly string[]).includes(meter) ? [null] : state.sides.map((_, i) => i);
      for (const side of sides) {
        const key = seriesKey(meter, side);
        const first = this.changes.get(key)?.[0];
        this.starts.set(key, first ? first.from : finalValue(state, meter, side));
      }
    }
  }

  start(meter: SeriesMeter, side: SideIndex | null): number {
    return this.starts.get(seriesKey(meter, side)) ?? 0;
  }

  /** The value once every change up to and including this step was made. */
  after(meter: SeriesMeter, side: SideIndex | null, step: number): number {
    let value = this.start(meter, side);
    for (const e of this.changes.get(seriesKey(meter, side)) ?? []) {
      if (e.step > step) break;
      value = e.to;
    }
    return value;
  }

  /** The value as the event of this step found it. */
  before(meter: SeriesMeter, side: SideIndex | null, step: number): number {
    return this.after(meter, side, step - 1);
  }

  /** The value at the end of a round (0-based), after its recess. */
  endOfRound(meter: SeriesMeter, side: SideIndex | null, round: number): number {
    let value = this.start(meter, side);
    for (const e of this.changes.get(seriesKey(meter, side)) ?? []) {
      if (e.round > round) break;
      value = e.to;
    }
    return value;
  }

  end(meter: SeriesMeter, side: SideIndex | null): number {
    const list = this.changes.get(seriesKey(meter, side));
    return list && list.length ? list[list.length - 1]!.to : this.start(meter, side);
  }

  /** The highest value the meter reached. */
  peak(meter: SeriesMeter, side: SideIndex | null): number {
    let best = this.start(meter, side);
    for (const e of this.changes.get(seriesKey(meter, side)) ?? []) best = Math.max(best, e.to);
    return best;
  }
}
