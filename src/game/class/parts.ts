// Pieces every class screen shows: who you are and whether you are connected, the teams in the
// game, where the talks stand, what was said, the news, the outcome with the save to download.
import type { CompiledScenario, NewsItem, Outcome, TranscriptEntry } from '../../model/index.ts';
import { isDelegationRole, sideOfRole, type Role, type SeatStatus, type PublicSettings } from '../../net/index.ts';
import { hoursText, locationName, namesItsSpeaker, netWords, newsWords, outcomeName, roundLabel, saidText, entrySpeakerLabel } from '../../present/index.ts';
import { downloadText } from '../dom/download.ts';
import { el, type Child } from '../dom/el.ts';
import type { ClassConnection } from './connection.ts';

const words = () => netWords();

/** A role's name; a delegation's by the scenario's name for it, else its number. */
export function roleLabel(role: Role, delegations: readonly string[]): string {
  const r = words().roles;
  if (!isDelegationRole(role)) return r[role];
  const side = sideOfRole(role)!;
  return r.delegation(delegations[side] ?? String(side + 1));
}

export function roleName(c: CompiledScenario, role: Role): string {
  return roleLabel(role, c.scenario.delegations.map((d) => d.name));
}

export function header(c: CompiledScenario, conn: ClassConnection): HTMLElement {
  const w = words().play;
  const info = conn.mirror.info;
  const status = conn.status === 'connected' ? w.connected : conn.status === 'reconnecting' ? w.reconnecting : w.lost;
  return el(
    'header',
    { class: 'class-header' },
    el('h1', { text: w.you(roleName(c, info.role), info.game + 1) }),
    el('p', { class: `class-status status-${conn.status}`, text: status, attrs: { role: 'status', 'data-connection': conn.status } }),
  );
}

export function seatsList(c: CompiledScenario, seats: readonly SeatStatus[]): HTMLElement {
  const d = words().dashboard;
  const shown = seats.filter((s) => s.role !== 'teacher' && (s.devices > 0 || s.ai || s.team));
  return el(
    'ul',
    { class: 'class-seats', attrs: { 'aria-label': words().play.seats } },
    ...shown.map((s) =>
      el('li', { attrs: { 'data-seat': s.role } }, el('strong', { text: roleName(c, s.role) }), s.team ? ` (${s.team})` : '', ': ', s.ai ? d.ai : s.devices > 0 ? d.devices(s.devices) : d.away),
    ),
  );
}

export function whereLine(c: CompiledScenario, s: { round: number; hoursLeft: number; location: TranscriptEntry['where']; pressure: number; paused: boolean }): Child[] {
  const w = words().play;
  const rung = c.scenario.escalation.rungs[Math.round(s.pressure)]?.name ?? String(s.pressure);
  return [
    el('p', { class: 'class-where', text: w.where({ round: roundLabel(c, s.round), hours: hoursText(s.hoursLeft), place: locationName(c, s.location) }) }),
    el('p', { class: 'class-pressure', text: w.pressure(rung) }),
    s.paused ? el('p', { class: 'class-paused', text: w.paused, attrs: { role: 'status' } }) : null,
  ];
}

export function transcriptList(c: CompiledScenario, entries: readonly TranscriptEntry[], settings: PublicSettings, title: string, last = 30): HTMLElement {
  const shown = entries.slice(-last);
  return el(
    'section',
    { class: 'class-transcript', attrs: { 'aria-label': title } },
    el('h2', { text: title }),
    shown.length === 0
      ? el('p', { class: 'muted', text: words().play.nothingYet })
      : el('ol', {}, ...shown.map((e) => el('li', {}, namesItsSpeaker(e) ? null : el('strong', { text: `${entrySpeakerLabel(c, e)}: ` }), saidText(c, e, settings, entries)))),
  );
}

export function newsList(c: CompiledScenario, news: readonly NewsItem[], last = 5): HTMLElement {
  return el(
    'section',
    { class: 'class-news', attrs: { 'aria-label': words().play.news } },
    el('h2', { text: words().play.news }),
    el('ul', {}, ...news.slice(-last).map((n) => el('li', { text: newsWords(c, n).headline }))),
  );
}

/** The outcome, and the whole save (sent by the server once the game is over) to keep. */
export function outcomePart(c: CompiledScenario, outcome: Outcome | null, conn: ClassConnection): Child {
  if (!outcome) return null;
  const w = words().play;
  const save = conn.save;
  return el(
    'section',
    { class: 'class-outcome', attrs: { 'data-outcome': outcome.id } },
    el('h2', { text: w.over(outcomeName(c, outcome.id)) }),
    save
      ? el('button', { text: w.save, attrs: { type: 'button', 'data-action': 'download-save' }, on: { click: () => downloadText(`shuttle-class-game${conn.mirror.info.game + 1}.json`, 'application/json', JSON.stringify(save.save, null, 2)) } })
      : null,
  );
}

/** The floor of a team: this device speaks, or may take the turn. */
export function floorPart(conn: ClassConnection): Child {
  if (conn.holdsFloor || conn.mirror.info.role === 'observer') return null;
  const w = words().play;
  return el('p', { class: 'class-floor' }, w.floor, ' ', el('button', { text: w.takeFloor, attrs: { type: 'button', 'data-action': 'take-floor' }, on: { click: () => conn.takeFloor() } }));
}

export function refusalText(reason: string): string {
  return words().dashboard.refused(words().refusals[reason] ?? reason);
}
