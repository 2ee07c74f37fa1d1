// The English words of the action menu (present/views/actions.ts): the groups, hints and the
// reasons an action is not possible now. The moves themselves are named by en.ts's vocabulary.
import { cap, num } from './en-forms.ts';

export const actions = {
  paused: 'The teacher has paused the talks.',
  noHours: 'No hours are left today.',
  alreadyThere: 'You are already there.',
  recessHint: 'The news between rounds follows; unused hours are lost.',
  openEditor: 'Work on the draft',
  openEditorHint: (hours: number) => `Write the single negotiating text here. Each revision takes ${num(hours, 2)} h.`,
  relay: (from: string) => `Carry ${from}’s message`,
  relayHint: (p: { summary: string; tone: string }) => `“${p.summary}” (tone: ${p.tone})`,
  noMessage: (from: string) => `${cap(from)} has no message yet.`,
  noMessageFor: (p: { from: string; to: string }) => `${cap(p.from)} has no message for ${p.to} yet.`,
  noDistortion: 'Distortion is turned off for this game.',
  ask: 'Ask for a concession',
  askHint: 'Ask them to move one step on an issue. They give more when they see the other side move too.',
  askHintMany: 'Ask them to move one step on an issue. They give more when they see the others move toward them too.',
  theirPosition: (option: string | null) => `Their position: ${option ?? 'not heard yet'}`,
  agenda: 'Propose the agenda',
  agendaHint: 'Widen it, narrow it, or put the wider issues on a parallel track.',
  guaranteeHint: (p: { left: number; budget: number; country: string }) => `${num(p.left)} of ${num(p.budget)} left. A way out that ${p.country} stands behind.`,
  alreadyOffered: 'Already offered.',
  noGuaranteesLeft: 'No guarantees are left.',
  notMeantFor: (side: string) => `Not meant for ${side}.`,
  noGuarantees: 'This scenario has no guarantees.',
  noGuaranteeHere: 'No guarantee can be offered here now.',
  listenHint: 'Hear their position on what matters most to them, and a hint of their priorities.',
  presentHint: 'They accept it, or criticise its worst items.',
  nothingToPresent: (hall: string) => `The draft settles no core issue yet: write it in ${hall}.`,
  paintHint: 'Make the cost of no deal felt. Not credible while the pressure is low or trust is thin.',
};
