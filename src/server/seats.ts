// The devices in a game's seats: how many each role has connected, which of a team's devices
// holds the floor (one speaks at a time), and each device's numbering of its acts.
import { MAX_DEVICES_PER_SEAT, rolesOf, studentRoles, type ClassSettings, type JoinGameInfo, type Role, type SeatStatus } from '../net/index.ts';

export interface Device {
  sessionId: string;
  role: Role;
  tokenHash: string;
  /** The last act number seen from this seat token (taken or refused). */
  lastN: number;
  connected: boolean;
}

export class Seats {
  private readonly devices = new Map<string, Device>();
  private readonly floors = new Map<Role, string>();

  add(d: Device): void {
    this.devices.set(d.sessionId, d);
    // A device that joins a seat whose floor is held by no connected device takes it: a student
    // who reloads the page joins anew while the old connection waits out its grace.
    if (d.connected && !this.holder(d.role)?.connected) this.floors.set(d.role, d.sessionId);
  }

  get(sessionId: string): Device | undefined {
    return this.devices.get(sessionId);
  }

  /** A device dropped (it may come back within the grace) or left. */
  setConnected(sessionId: string, connected: boolean): void {
    const d = this.devices.get(sessionId);
    if (!d) return;
    d.connected = connected;
    // The floor passes to a connected teammate; it comes back to no one by itself.
    if (!connected && this.floors.get(d.role) === sessionId) {
      const next = [...this.devices.values()].find((o) => o.role === d.role && o.connected);
      if (next) this.floors.set(d.role, next.sessionId);
    }
    if (connected && !this.holder(d.role)?.connected) this.floors.set(d.role, sessionId);
  }

  remove(sessionId: string): void {
    const d = this.devices.get(sessionId);
    if (!d) return;
    this.setConnected(sessionId, false);
    this.devices.delete(sessionId);
    if (this.floors.get(d.role) === sessionId) this.floors.delete(d.role);
  }

  holder(role: Role): Device | undefined {
    const id = this.floors.get(role);
    return id === undefined ? undefined : this.devices.get(id);
  }

  hasFloor(sessionId: string): boolean {
    const d = this.devices.get(sessionId);
    return d !== undefined && this.floors.get(d.role) === sessionId;
  }

  takeFloor(sessionId: string): void {
    const d = this.devices.get(sessionId);
    if (d) this.floors.set(d.role, sessionId);
  }

  connected(role: Role): number {
    let n = 0;
    for (const d of this.devices.values()) if (d.role === role && d.connected) n++;
    return n;
  }

  /** The last act number a seat token used (across its devices' connections). */
  lastNOf(tokenHash: string): number {
    let n = 0;
    for (const d of this.devices.values()) if (d.tokenHash === tokenHash) n = Math.max(n, d.lastN);
    return n;
  }

  /** Every seat of the game's roles (a seat per delegation), in order. */
  status(roles: readonly Role[], ai: (role: Role) => boolean, teams: Partial<Record<Role, string>>): SeatStatus[] {
    return roles.map((role) => ({ role, devices: this.connected(role), ai: ai(role), team: teams[role] ?? null }));
  }
}

/** A game's seats as the class lists them (before its room counts its devices), and the roles still open to students. */
export function gameSeats(settings: Pick<ClassSettings, 'people'>, counts: readonly { game: number; role: string; devices: number; team: string | null }[], game: number): { seats: SeatStatus[]; open: JoinGameInfo['open'] } {
  // A seat per delegation: the class's people list has one entry for each.
  const seats: SeatStatus[] = rolesOf(settings.people.length).map((role) => {
    const row = counts.find((c) => c.game === game && c.role === role);
    return { role, devices: row?.devices ?? 0, ai: false, team: row?.team ?? null };
  });
  const open = studentRoles(settings.people).filter((r) => (seats.find((s) => s.role === r)?.devices ?? 0) < MAX_DEVICES_PER_SEAT);
  return { seats, open };
}
