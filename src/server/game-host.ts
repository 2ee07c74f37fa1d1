// One game held by the server: the same XState machine the browser runs, its event log (the
// source of truth, restored from the database by replaying it), and each role's view. Nothing
// here talks to the network; the room (game-room.ts) does.
import { aiHolds, type AiSeat, type Package, type Settings } from '../model/index.ts';
import { machineView, phaseOf, sendEvent, startGame, type GameEvent, type MachineView, type Phase, type ShuttleActor, type ShuttleSnapshot } from '../machine/index.ts';
import { createSave, type SaveFile } from '../replay/index.ts';
import type { LoadedScenario } from '../scenario/index.ts';
import { audienceOf, delegationWire, mediatorWire, patchOf, rolesOf, sideOfRole, type Audience, type Author, type DelegationWire, type LogLine, type MediatorWire, type Patch, type Role } from '../net/index.ts';
import type { StoredEvent } from './store/store.ts';

interface Line {
  seq: number;
  event: GameEvent;
  by: Author;
  audience: Audience;
}

export interface Wires {
  mediator: MediatorWire;
  /** One per delegation, by index. */
  sides: DelegationWire[];
}

/** What each role's devices are sent of a change: the mediator's view's patch and one per delegation. */
export interface WirePatches {
  mediator: Patch | null;
  sides: (Patch | null)[];
}

type Plain = Record<string, unknown>;

export function patchesBetween(before: Wires, after: Wires): WirePatches {
  return {
    mediator: patchOf(before.mediator as unknown as Plain, after.mediator as unknown as Plain),
    sides: after.sides.map((next, s) => patchOf(before.sides[s]! as unknown as Plain, next as unknown as Plain)),
  };
}

export class GameHost {
  private actor: ShuttleActor;
  private readonly lines: Line[] = [];
  private readonly drafts: (Package | undefined)[] = [];
  /** Per seat token, the last act (n) the log holds. */
  private readonly acceptedN = new Map<string, number>();

  constructor(
    readonly loaded: LoadedScenario,
    readonly settings: Settings,
    stored: readonly StoredEvent[] = [],
  ) {
    this.actor = startGame(loaded.scenario, settings);
    this.noteDraft();
    for (const e of stored) {
      // A log the rules no longer take stops where they refuse it (it never happens with the
      // rules it was written under: every event in it was allowed when it was accepted).
      if (e.seq !== this.seq + 1 || !this.apply(e.event, e.by)) break;
      if (e.tokenHash && e.n !== null) this.acceptedN.set(e.tokenHash, e.n);
    }
  }

  get seq(): number {
    return this.lines.length;
  }

  get snapshot(): ShuttleSnapshot {
    return this.actor.getSnapshot();
  }

  get phase(): Phase {
    return phaseOf(this.snapshot);
  }

  get over(): boolean {
    return this.phase === 'over';
  }

  /** The game as the machine holds it (for the AI's answers and the role checks). */
  machineView(): MachineView {
    return machineView(this.loaded.scenario, this.snapshot);
  }

  aiHolds(seat: AiSeat): boolean {
    return aiHolds(this.snapshot.context, seat);
  }

  lastN(tokenHash: string): number {
    return this.acceptedN.get(tokenHash) ?? 0;
  }

  /** Applies the event when the machine allows it: the new log line, or null (nothing changed). */
  apply(event: GameEvent, by: Author, token?: { hash: string; n: number }): Line | null {
    const before = this.snapshot.context;
    const audience = audienceOf(event, before);
    if (!sendEvent(this.actor, event)) return null;
    const line: Line = { seq: this.seq + 1, event, by, audience };
    this.lines.push(line);
    if (token) this.acceptedN.set(token.hash, token.n);
    this.noteDraft();
    return line;
  }

  /** Takes back the last event (it could not be written to the log): the game is replayed without it. */
  undoLast(): void {
    const kept = this.lines.slice(0, -1);
    this.actor.stop();
    this.actor = startGame(this.loaded.scenario, this.settings);
    this.lines.length = 0;
    for (const l of kept) this.apply(l.event, l.by);
  }

  /** The number of delegations at the talks. */
  get delegations(): number {
    return this.loaded.scenario.delegations.length;
  }

  /** The roles this game has (a seat per delegation). */
  roles(): Role[] {
    return rolesOf(this.delegations);
  }

  wires(): Wires {
    const s = this.loaded.scenario;
    const snap = this.snapshot;
    return { mediator: mediatorWire(s, snap), sides: s.delegations.map((_, side) => delegationWire(s, snap, side, this.drafts)) };
  }

  /** A log line as this role may see it. */
  lineFor(line: Line, role: Role): LogLine {
    const side = sideOfRole(role);
    const visible = side === null || line.audience[side] === true || this.over;
    return { seq: line.seq, event: visible ? line.event : null, by: line.by };
  }

  logFor(role: Role): LogLine[] {
    return this.lines.map((l) => this.lineFor(l, role));
  }

  events(): GameEvent[] {
    return this.lines.map((l) => l.event);
  }

  save(): SaveFile {
    return createSave(this.loaded.scenario, this.loaded.hash, this.settings, this.events());
  }

  stop(): void {
    this.actor.stop();
  }

  private noteDraft(): void {
    const s = this.snapshot.context;
    this.drafts[s.draftVersion] ??= s.draft;
  }
}
