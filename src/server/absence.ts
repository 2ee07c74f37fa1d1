// A team away from its seat: when no device of a seat people play is connected for the class's
// grace, the AI covers it (if the teacher chose so), and hands it back when a device returns.
// The handovers are the server's events in the log, the ledger and the transcript.
import type { AiSeat, SideIndex } from '../model/index.ts';
import { sideOfRole, type Role } from '../net/index.ts';

export interface AbsenceHost {
  /** Devices of the role connected now. */
  connected(role: Role): number;
  aiHolds(seat: AiSeat): boolean;
  /** Whether a delegation is played by people (the model plays the others: no seat to cover). */
  people(side: SideIndex): boolean;
  /** Whether the game can still change hands (not over, the class not ended). */
  open(): boolean;
  /** Whether the game has begun (its first event is in the log). */
  begun(): boolean;
  /** Hands the seat over as the server; true when the game took it. */
  handOver(seat: AiSeat, to: 'ai' | 'people'): Promise<boolean>;
  setTimeout(run: () => void, ms: number): { clear(): void };
}

export class Absences {
  private readonly timers = new Map<Role, { clear(): void }>();
  /** Seats the server covered (the teacher's own handovers are the teacher's to undo). */
  private readonly covered = new Set<AiSeat>();

  constructor(
    private readonly host: AbsenceHost,
    private readonly coverAbsent: boolean,
    private readonly graceMs: number,
  ) {}

  /** The devices of a role changed. */
  changed(role: Role): void {
    const side = sideOfRole(role);
    const seat: AiSeat | null = role === 'mediator' ? 'mediator' : side !== null && this.host.people(side) ? side : null;
    if (seat === null || !this.host.open()) return;
    this.timers.get(role)?.clear();
    this.timers.delete(role);
    if (this.host.connected(role) > 0) {
      if (this.covered.delete(seat) && this.host.aiHolds(seat)) void this.host.handOver(seat, 'people');
      return;
    }
    if (!this.coverAbsent || this.host.aiHolds(seat)) return;
    this.timers.set(
      role,
      this.host.setTimeout(() => {
        this.timers.delete(role);
        if (this.host.connected(role) > 0 || this.host.aiHolds(seat) || !this.host.begun() || !this.host.open()) return;
        void this.host.handOver(seat, 'ai').then((taken) => taken && this.covered.add(seat));
      }, this.graceMs),
    );
  }

  stop(): void {
    for (const t of this.timers.values()) t.clear();
    this.timers.clear();
  }
}
