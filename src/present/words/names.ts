// How people, places and times are named on screen. With the "titles" setting, members and
// the mediator are shown by their public role only (FACTS.md: portraying real people).
import { issuePhrase, othersOf, type CompiledScenario, type Location, type SideIndex, type TranscriptEntry } from '../../model/index.ts';
import type { Scenario } from '../../scenario/index.ts';
import { fmt, messages } from '../catalogue/index.ts';


export type NameMode = 'names' | 'titles';
type Member = Scenario['delegations'][number]['members'][number];

/**
 * A name as it stands in running text: with its article ("the United States") when the scenario
 * gives one. At the start of a sentence the catalogue capitalises it (messages().sentence).
 */
export function nameInText(name: string, article: string | undefined): string {
  return article ? `${article} ${name}` : name;
}

/** A delegation in running text: "the United States", "Iran" (the catalogue's sentences take this). */
export function sideName(c: CompiledScenario, s: SideIndex): string {
  const d = c.scenario.delegations[s]!;
  return nameInText(d.shortName, d.article);
}

/**
 * An issue in running text: its phrase, or "the question of …" when the phrase is also how a
 * delegation is named (an issue named after the city a delegation is called by), so that a
 * sentence naming both, such as who cares most about what, cannot be read two ways.
 */
export function issueInText(c: CompiledScenario, issue: number): string {
  const phrase = issuePhrase(c.scenario.issues[issue]!);
  const key = phrase.toLowerCase();
  const clash = c.scenario.delegations.some((d) => d.shortName.toLowerCase() === key || nameInText(d.shortName, d.article).toLowerCase() === key);
  return clash ? messages().talks.issueNamedAsParty(phrase) : phrase;
}

/** The delegations other than `s` in running text: the other one, or with more than two every other one ("Southland and Eastland"). */
export function othersName(c: CompiledScenario, s: SideIndex): string {
  return fmt().list(othersOf(c, s).map((t) => sideName(c, t)));
}

/** A delegation's short name alone, as a label (a column head, a speaker, a name plate). */
export function sideLabel(c: CompiledScenario, s: SideIndex): string {
  return c.scenario.delegations[s]!.shortName;
}

/** The mediator's country in running text: "the United States", "France". */
export function mediatorCountry(c: CompiledScenario): string {
  const m = c.scenario.mediator;
  return nameInText(m.country, m.countryArticle);
}

export function delegationName(c: CompiledScenario, s: SideIndex): string {
  return c.scenario.delegations[s]!.name;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function hallName(c: CompiledScenario): string {
  return capitalise(c.scenario.mediator.hallName);
}

export function roomName(c: CompiledScenario, s: SideIndex): string {
  return messages().places.room(sideName(c, s));
}

/** An option of an issue by its label, or the catalogue's words for an item left open. */
export function optionLabel(c: CompiledScenario, issue: number, option: number | null): string {
  if (option === null) return messages().leftOpen;
  return c.scenario.issues[issue]!.options[option]?.label ?? '?';
}

export function locationName(c: CompiledScenario, where: Location): string {
  return where === 'majlis' ? hallName(c) : roomName(c, where);
}

/** A place inside a sentence: the hall as the scenario writes it ("the majlis"), not capitalised to stand alone. */
export function placeInText(c: CompiledScenario, where: Location): string {
  return where === 'majlis' ? c.scenario.mediator.hallName : roomName(c, where);
}

/** The mediator: "Name, Title" or the title alone. */
export function mediatorLabel(c: CompiledScenario, mode: NameMode): string {
  const m = c.scenario.mediator;
  return mode === 'names' && m.name !== m.title ? `${m.name}, ${m.title}` : m.title;
}

/**
 * How a delegate addresses the mediator ({mediatorAddress}): the form by name when names are
 * shown and the scenario gives one, else the form by office; a file with neither keeps what
 * {mediator} gives (the name, or the title).
 */
export function mediatorAddress(c: CompiledScenario, mode: NameMode): string {
  const m = c.scenario.mediator;
  if (mode === 'names') return m.addressByName ?? m.address ?? m.name;
  return m.address ?? m.title;
}

/** A member: the name with the title beside it, or the title alone. */
export function memberLabel(member: Member, mode: NameMode): { primary: string; secondary: string | null } {
  if (mode === 'titles' || member.name === member.title) return { primary: member.title, secondary: null };
  return { primary: member.name, secondary: member.title };
}

export function speakerLabel(c: CompiledScenario, speaker: TranscriptEntry['speaker']): string {
  if (speaker === 'mediator' || speaker === 'news') return messages().speakers[speaker];
  return sideLabel(c, speaker);
}

/**
 * Who said a transcript entry. A delegation's line filed in another room or the hall was not said
 * there: its threats and complaints at the day's end are filed where the mediator stood, so they
 * are marked as sent ("Northland, by message"), not as spoken across the table.
 */
export function entrySpeakerLabel(c: CompiledScenario, entry: Pick<TranscriptEntry, 'speaker' | 'where'>): string {
  const label = speakerLabel(c, entry.speaker);
  return sentByMessage(entry) ? messages().byMessage(label) : label;
}

/** A delegation's word filed somewhere other than its own room: sent, not said there (entrySpeakerLabel). */
export function sentByMessage(entry: Pick<TranscriptEntry, 'speaker' | 'where'>): boolean {
  return typeof entry.speaker === 'number' && entry.where !== entry.speaker;
}

/** "Friday 6 February 2026" from "2026-02-06" (a calendar date, no time zone). */
export function longDate(iso: string): string {
  return fmt().longDate(iso);
}

export function shortDate(iso: string): string {
  return fmt().shortDate(iso);
}

export function roundLabel(c: CompiledScenario, round: number): string {
  const rounds = c.scenario.rounds;
  const r = rounds[Math.min(round, rounds.length - 1)]!;
  return messages().roundOf({ round: round + 1, of: rounds.length, date: shortDate(r.date) });
}

export function hoursText(hours: number): string {
  return messages().hours(fmt(), Math.max(0, Math.round(hours * 100) / 100));
}

/** The wall-clock time in the palace: talks start at nine. */
export function clockTime(c: CompiledScenario, round: number, hoursLeft: number): { hour: number; minute: number; text: string } {
  const r = c.scenario.rounds[Math.min(round, c.scenario.rounds.length - 1)]!;
  const elapsed = Math.max(0, r.hours - hoursLeft);
  const total = 9 * 60 + Math.round(elapsed * 60);
  const hour = Math.floor(total / 60) % 24;
  const minute = total % 60;
  return { hour, minute, text: fmt().clock(hour, minute) };
}
