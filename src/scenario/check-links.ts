// Linked issues and conditional events name issues, options, rungs and delegations by id: each
// must exist, or the link or the condition would silently never hold.
import type { Scenario } from './schema.ts';
import { collector, type CheckProblem } from './check-problem.ts';

export type LinkProblem = CheckProblem;

export function checkLinks(s: Scenario): LinkProblem[] {
  const { problems, add } = collector();
  const issue = (id: string) => s.issues.find((i) => i.id === id);
  const optionIds = (id: string) => issue(id)?.options.map((o) => o.id) ?? [];

  s.delegations.forEach((d, di) => {
    (d.links ?? []).forEach((link, k) => {
      const base = ['delegations', di, 'links', k];
      if (!issue(link.if.issue)) add([...base, 'if', 'issue'], `"${link.if.issue}" is not an issue`);
      else if (!optionIds(link.if.issue).includes(link.if.option)) add([...base, 'if', 'option'], `"${link.if.option}" is not an option of ${link.if.issue} (it has ${optionIds(link.if.issue).join(', ')})`);
      if (!issue(link.then.issue)) add([...base, 'then', 'issue'], `"${link.then.issue}" is not an issue`);
      else if (link.then.issue === link.if.issue) add([...base, 'then', 'issue'], 'must be another issue than the one in if: a link ties two issues');
      else {
        const options = optionIds(link.then.issue);
        for (const id of Object.keys(link.then.values)) if (!options.includes(id)) add([...base, 'then', 'values', id], `"${id}" is not an option of ${link.then.issue} (it has ${options.join(', ')})`);
        if (Object.keys(link.then.values).length === 0) add([...base, 'then', 'values'], 'must change the value of at least one option');
      }
    });
  });

  s.events.forEach((ev, i) => {
    const when = ev.when;
    if (!when) return;
    const base = ['events', i, 'when'];
    (when.open ?? []).forEach((id, k) => {
      if (!issue(id)) add([...base, 'open', k], `"${id}" is not an issue`);
    });
    if (when.rung !== undefined && when.rung >= s.escalation.rungs.length) add([...base, 'rung'], `must be a rung of the ladder (0 to ${s.escalation.rungs.length - 1})`);
    if (when.refused !== undefined && !s.delegations.some((d) => d.id === when.refused)) add([...base, 'refused'], `"${when.refused}" is not a delegation`);
  });
  return problems;
}
