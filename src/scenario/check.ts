// Checks that a schema cannot express: ids that must refer to each other, weights that sum to 1,
// a value for every option. Each problem is a path and a message, like the schema's own.
import { checkDates } from './check-dates.ts';
import { checkGlossary } from './check-glossary.ts';
import { checkLinks } from './check-links.ts';
import { checkPlaceholders } from './check-placeholders.ts';
import { checkSources } from './check-sources.ts';
import { checkValueOrder } from './check-value-order.ts';
import type { Scenario } from './schema.ts';
import { Situation } from './schema.ts';
import { collector, type CheckProblem } from './check-problem.ts';

export type Problem = CheckProblem;

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const id of ids) (seen.has(id) ? twice : seen).add(id);
  return [...twice];
}

export function checkScenario(s: Scenario): Problem[] {
  const { problems, add } = collector();
  const issueIds = s.issues.map((i) => i.id);
  const issueById = new Map(s.issues.map((i) => [i.id, i]));
  const sourceIds = new Set(s.sources.map((x) => x.id));
  const delegationIds = s.delegations.map((d) => d.id);

  for (const [list, name] of [
    [issueIds, 'issues'],
    [delegationIds, 'delegations'],
    [s.sources.map((x) => x.id), 'sources'],
    [s.events.map((x) => x.id), 'events'],
    [s.randomEvents.map((x) => x.id), 'randomEvents'],
    [s.escalation.rungs.map((x) => x.id), 'escalation.rungs'],
    [s.mediator.guarantees.map((x) => x.id), 'mediator.guarantees'],
  ] as const) {
    for (const id of duplicates([...list])) add(name.split('.'), `the id "${id}" is used twice`);
  }

  s.issues.forEach((issue, i) => {
    for (const id of duplicates(issue.options.map((o) => o.id))) add(['issues', i, 'options'], `the option id "${id}" is used twice`);
    const optionIds = issue.options.map((o) => o.id);
    if (issue.initial !== undefined && !optionIds.includes(issue.initial)) add(['issues', i, 'initial'], `"${issue.initial}" is not an option of ${issue.id}`);
    if (issue.scope && issue.parallel === undefined) add(['issues', i, 'parallel'], 'is missing (a scope issue names its parallel-track option)');
    if (issue.parallel !== undefined && !optionIds.includes(issue.parallel)) add(['issues', i, 'parallel'], `"${issue.parallel}" is not an option of ${issue.id}`);
    if (issue.scope && issue.core) add(['issues', i, 'core'], 'a scope issue cannot be core');
    issue.sources.forEach((src, k) => {
      if (!sourceIds.has(src)) add(['issues', i, 'sources', k], `names the source "${src}", which is not in sources`);
    });
  });
  if (!s.issues.some((i) => i.core)) add(['issues'], 'at least one issue must be core');

  s.delegations.forEach((d, di) => {
    const base = ['delegations', di];
    const checkIssueKeys = (field: string, record: Record<string, unknown>, everyIssue: boolean) => {
      for (const key of Object.keys(record)) {
        if (!issueById.has(key)) add([...base, field, key], `is not an issue (issues are: ${issueIds.join(', ')})`);
      }
      if (everyIssue) for (const id of issueIds) if (!(id in record)) add([...base, field, id], 'is missing');
    };
    checkIssueKeys('weights', d.weights, true);
    checkIssueKeys('values', d.values, true);
    checkIssueKeys('opening', d.opening, true);
    checkIssueKeys('redLines', d.redLines, false);
    const sum = Object.values(d.weights).reduce((a, b) => a + b, 0);
    if (Math.abs(sum - 1) > 0.001) add([...base, 'weights'], `must sum to 1 (they sum to ${sum.toFixed(3)})`);
    for (const issue of s.issues) {
      const optionIds = issue.options.map((o) => o.id);
      const values = d.values[issue.id];
      if (values) {
        for (const o of optionIds) if (!(o in values)) add([...base, 'values', issue.id, o], 'is missing');
        for (const key of Object.keys(values)) if (!optionIds.includes(key)) add([...base, 'values', issue.id, key], `is not an option of ${issue.id}`);
      }
      const open = d.opening[issue.id];
      if (open !== undefined && !optionIds.includes(open)) add([...base, 'opening', issue.id], `"${open}" is not an option of ${issue.id}`);
      (d.redLines[issue.id] ?? []).forEach((o, k) => {
        if (!optionIds.includes(o)) add([...base, 'redLines', issue.id, k], `"${o}" is not an option of ${issue.id}`);
        if (open === o) add([...base, 'redLines', issue.id, k], 'is the delegation\'s own opening position');
      });
    }
    if (d.patience.scopeTolerance.min > d.patience.scopeTolerance.max) add([...base, 'patience', 'scopeTolerance'], 'min must not exceed max');
    if (d.reservation.drift.fromRung >= s.escalation.rungs.length) add([...base, 'reservation', 'drift', 'fromRung'], 'is beyond the last rung');
  });

  const rungs = s.escalation.rungs.length;
  if (s.escalation.start >= rungs - 1) add(['escalation', 'start'], `must be below the top rung (${rungs - 1})`);
  if (s.escalation.strikeRung >= rungs) add(['escalation', 'strikeRung'], `must be a rung from 0 to ${rungs - 1}`);
  if (s.escalation.incidentOdds.length !== rungs) add(['escalation', 'incidentOdds'], `must have one number per rung (${rungs})`);
  const coreCount = s.issues.filter((i) => i.core).length;
  if (s.rules.interimMinimum > coreCount) add(['rules', 'interimMinimum'], `must not exceed the number of core issues (${coreCount})`);

  s.mediator.guarantees.forEach((g, gi) => {
    g.for.forEach((id, k) => {
      if (!delegationIds.includes(id)) add(['mediator', 'guarantees', gi, 'for', k], `"${id}" is not a delegation`);
    });
  });

  const checkEffects = (base: (string | number)[], effects: Scenario['events'][number]['effects']) => {
    effects.forEach((e, k) => {
      if (e.delegation !== undefined && !delegationIds.includes(e.delegation)) add([...base, 'effects', k, 'delegation'], `"${e.delegation}" is not a delegation`);
      if (e.meter === 'pressure' && e.delegation !== undefined) add([...base, 'effects', k, 'delegation'], 'must be left out for pressure');
    });
  };
  const lastRound = s.rounds.length;
  s.events.forEach((ev, i) => {
    if (ev.afterRound > lastRound) add(['events', i, 'afterRound'], `must be at most the number of rounds (${lastRound})`);
    ev.sources.forEach((src, k) => {
      if (!sourceIds.has(src)) add(['events', i, 'sources', k], `names the source "${src}", which is not in sources`);
    });
    checkEffects(['events', i], ev.effects);
  });
  s.randomEvents.forEach((ev, i) => {
    if (ev.minRung > ev.maxRung) add(['randomEvents', i, 'minRung'], 'must not exceed maxRung');
    checkEffects(['randomEvents', i], ev.effects);
  });
  s.history.forEach((h, i) =>
    h.sources.forEach((src, k) => {
      if (!sourceIds.has(src)) add(['history', i, 'sources', k], `names the source "${src}", which is not in sources`);
    }),
  );

  if (s.ending) {
    s.ending.sources.forEach((src, k) => {
      if (!sourceIds.has(src)) add(['ending', 'sources', k], `names the source "${src}", which is not in sources`);
    });
    // How the talks ended cannot come before they began (ISO dates compare as text).
    const first = s.rounds[0]!.date;
    if (s.ending.date < first) add(['ending', 'date'], `must not be before the first round (${first})`);
  }

  const striker = s.escalation.strikeBy;
  if (striker !== undefined && !delegationIds.includes(striker)) add(['escalation', 'strikeBy'], `"${striker}" is not a delegation (one of ${delegationIds.join(', ')})`);
  (s.signers ?? []).forEach((id, k) => {
    if (!delegationIds.includes(id)) add(['signers', k], `"${id}" is not a delegation (one of ${delegationIds.join(', ')})`);
    else if (s.signers!.indexOf(id) !== k) add(['signers', k], `"${id}" is named twice`);
  });

  s.dialogue.forEach((line, i) => {
    if (!delegationIds.includes(line.delegation)) add(['dialogue', i, 'delegation'], `"${line.delegation}" is not a delegation`);
    if (line.source !== undefined && !sourceIds.has(line.source)) add(['dialogue', i, 'source'], `names the source "${line.source}", which is not in sources`);
    if (!line.simulated && line.source === undefined) add(['dialogue', i, 'source'], 'a line not marked simulated must name its source');
  });
  for (const d of delegationIds) {
    for (const situation of Situation.options) {
      if (!s.dialogue.some((l) => l.delegation === d && l.situation === situation)) {
        add(['dialogue'], `has no "${situation}" line for ${d}`);
      }
    }
  }
  problems.push(...checkValueOrder(s));
  problems.push(...checkLinks(s));
  problems.push(...checkDates(s));
  problems.push(...checkPlaceholders(s));
  problems.push(...checkSources(s));
  problems.push(...checkGlossary(s));
  return problems;
}
