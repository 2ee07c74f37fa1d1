// A student joins: the code (typed, or in the address from the QR code), then a game and a part
// (mediator, a delegation students play, observer) and a team name. The seat token the server
// gives this device is kept on it, so a reload or a dropped network finds the same seat.
import { normaliseJoinCode, studentRoles, type JoinInfo, type StudentRole } from '../../net/index.ts';
import { netWords } from '../../present/index.ts';
import { el, fill, uid } from '../dom/el.ts';
import { classApi } from './api.ts';

export interface Seat {
  token: string;
  roomId: string;
}

const KEY = 'shuttle-class-seat';

export function readSeat(store: Storage | null): Seat | null {
  try {
    const raw = store?.getItem(KEY);
    const v = raw ? (JSON.parse(raw) as Seat) : null;
    return v && typeof v.token === 'string' && typeof v.roomId === 'string' ? v : null;
  } catch {
    return null;
  }
}

export function keepSeat(store: Storage | null, seat: Seat | null): void {
  try {
    if (seat) store?.setItem(KEY, JSON.stringify(seat));
    else store?.removeItem(KEY);
  } catch {
    // Not kept: a reload asks for a seat again.
  }
}

/** The names of a game's parts, for the choice (delegations by the scenario's names when known). */
export type RoleLabel = (role: StudentRole, delegations: readonly string[]) => string;

export function mountJoinPage(root: HTMLElement, code: string | null, label: RoleLabel, joined: (seat: Seat) => void): void {
  const w = netWords().join;
  const codeInput = el('input', { attrs: { value: code ?? '', autocomplete: 'off', autocapitalize: 'characters', spellcheck: 'false', 'data-field': 'code', maxlength: 9 } });
  codeInput.id = uid('join-code');
  const error = el('p', { class: 'error', attrs: { role: 'alert' } });
  const choices = el('div', { class: 'class-choices' });

  const showGames = (normalised: string, info: JoinInfo) => {
    if (info.ended) return fill(choices, el('p', { text: w.ended }));
    const team = el('input', { attrs: { maxlength: 40, 'data-field': 'team', autocomplete: 'off' } });
    team.id = uid('join-team');
    const roles = studentRoles(info.people);
    fill(
      choices,
      el('h2', { text: w.pick }),
      el('div', { class: 'class-field' }, el('label', { attrs: { for: team.id }, text: w.team }), team),
      ...info.games.map((g) =>
        el(
          'fieldset',
          { class: 'class-game', attrs: { 'data-game': g.game } },
          el('legend', { text: netWords().dashboard.game(g.game + 1) }),
          ...roles.map((role) => {
            const taken = g.seats.find((s) => s.role === role)?.devices ?? 0;
            const open = g.open.includes(role);
            return el('button', {
              text: `${label(role, info.delegations)} · ${open ? w.taken(taken) : w.full}`,
              attrs: { type: 'button', disabled: !open, 'data-take': `${g.game}:${role}` },
              on: {
                click: () =>
                  void classApi.take(normalised, { game: g.game, role, ...(team.value.trim() ? { team: team.value.trim() } : {}) }).then((r) => {
                    if (r.ok) joined({ token: r.value.token, roomId: r.value.roomId });
                    else error.textContent = netWords().failed(r.error);
                  }),
              },
            });
          }),
        ),
      ),
    );
  };

  const look = () => {
    const normalised = normaliseJoinCode(codeInput.value);
    if (!normalised) return void (error.textContent = w.badCode);
    error.textContent = '';
    void classApi.lookup(normalised).then((r) => {
      if (r.ok) showGames(normalised, r.value);
      else error.textContent = r.status === 0 ? netWords().noServer : w.noClass;
    });
  };
  const form = el(
    'form',
    { class: 'class-form', attrs: { novalidate: true } },
    el('div', { class: 'class-field' }, el('label', { attrs: { for: codeInput.id }, text: w.code }), codeInput, el('span', { class: 'muted small', text: w.codeHint })),
    el('button', { class: 'primary', text: w.look, attrs: { type: 'submit', 'data-action': 'find-class' } }),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    look();
  });
  fill(root, el('h1', { text: w.heading }), form, error, choices);
  if (code) look();
}
