// A scenario whose strings are markup and script: built from the default scenario by replacing
// the text a player sees. Shown literally, it proves scenario text never becomes HTML.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import type { ScenarioInput } from '../../src/scenario/schema.ts';
import { ROOT } from './server.ts';

export const HOSTILE = {
  title: '<img src=x onerror="window.__pwned=1">Muscat & <b>bold</b>',
  subtitle: '<script>window.__pwned=2</script>subtitle',
  shortName: '<i>Tehran</i>',
  member: '<svg onload="window.__pwned=3"></svg>Envoy',
  publicCase: '<a href="javascript:window.__pwned=4">click me</a>',
  issue: '<u>Enrichment</u>',
  option: '<marquee>zero</marquee>',
  greet: '<b onmouseover="window.__pwned=5">Hello</b> {mediator}',
  headline: '<iframe src="javascript:window.__pwned=6"></iframe>Headline',
  sourceTitle: '<img src=y onerror="window.__pwned=7">Source',
  hall: '<em>the majlis</em>',
  rung: '<blink>Calm</blink>',
} as const;

/** Elements the hostile strings would create if they were ever parsed as HTML. */
export const INJECTED = 'img[src="x"], img[src="y"], b, i, u, em, marquee, blink, iframe, svg[onload], a[href^="javascript"], script:not([src])';

export function hostileScenarioText(): string {
  const s = parse(readFileSync(join(ROOT, 'scenarios', 'muscat-2026.yaml'), 'utf8')) as ScenarioInput;
  s.id = 'hostile-strings';
  s.title = HOSTILE.title;
  s.subtitle = HOSTILE.subtitle;
  s.mediator.hallName = HOSTILE.hall;
  const [first, second] = s.delegations;
  second!.shortName = HOSTILE.shortName;
  second!.members[0]!.name = HOSTILE.member;
  first!.publicCase[0] = HOSTILE.publicCase;
  s.issues[0]!.name = HOSTILE.issue;
  s.issues[0]!.options[0]!.label = HOSTILE.option;
  for (const line of s.dialogue ?? []) if (line.delegation === second!.id && line.situation === 'greet') line.text = HOSTILE.greet;
  for (const ev of s.events ?? []) if (ev.afterRound === 1) ev.headline = HOSTILE.headline;
  s.sources![0]!.title = HOSTILE.sourceTitle;
  s.escalation.rungs[0]!.name = HOSTILE.rung;
  return stringify(s);
}
