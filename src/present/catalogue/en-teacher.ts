// The English words of the teacher's controls: the key, the pause layer, the controls dialog
// and the events a teacher may bring forward.
import { fmt } from './formatters.ts';
import { num } from './en-forms.ts';

export const teacher = {
  scriptedChoice: (p: { headline: string; date: string; afterRound: number }) => `${p.headline} (dated ${fmt().shortDate(p.date)}, due after day ${num(p.afterRound)})`,
  chanceChoice: (p: { headline: string; incident: boolean }) => `${p.headline} (${p.incident ? 'an incident: one rung up' : 'background news'})`,
};
