// The teacher's dashboard: the join code, address and QR code; every game live (its day, meters,
// who is connected, the outcome), with the teacher's controls for one game or all: pause and
// resume, more hours, a scenario event brought forward, a seat handed to the AI and back; and the
// end of the class, which opens the class comparison on all the games' saves with team names.
import type { GameEvent } from '../../machine/index.ts';
import { compareClass, type ClassFile } from '../../classroom/index.ts';
import { rolesOf, sideOfRole, type MediatorWire, type Role, type SeatStatus } from '../../net/index.ts';
import type { FoundScenario } from '../../replay/index.ts';
import { injectChoices, netWords, outcomeName, roundLabel } from '../../present/index.ts';
import { el, fill, type Child } from '../dom/el.ts';
import { classView } from '../pages/class-view.ts';
import type { SafeStorage } from '../shell/storage.ts';
import { classApi } from './api.ts';
import { ClassConnection } from './connection.ts';
import type { TeacherSession } from './open-page.ts';
import { refusalText, roleName } from './parts.ts';
import { qrCode } from './qr.ts';
import { classScenario } from './scenario.ts';

const words = () => netWords().dashboard;

export async function mountDashboard(root: HTMLElement, storage: SafeStorage, session: TeacherSession, origin: string): Promise<void> {
  fill(root, el('p', { text: netWords().loading }));
  const info = await classApi.info(session.classId, session.token);
  if (!info.ok) return fill(root, el('p', { class: 'error', text: info.status === 0 ? netWords().noServer : netWords().failed(info.error) }));
  const games = await Promise.all(info.value.games.map((g) => ClassConnection.open(origin, session.token, g.roomId)));
  const first = games[0]!.mirror.info;
  const cs = await classScenario(storage, first.scenario.id, first.scenario.hash, first.settings, () => classApi.teacherScenario(session.classId, session.token));
  if (!cs) return fill(root, el('p', { class: 'error', text: netWords().failed(first.scenario.id) }));
  const joinUrl = new URL(`./?class=join&code=${session.code}`, origin + '/').href;
  let message = '';
  let ended = info.value.ended;
  const comparison = el('section', { class: 'class-comparison', attrs: { 'aria-live': 'polite' } });

  const act = async (conn: ClassConnection, event: GameEvent) => {
    const r = await conn.act(event);
    message = r.ok ? '' : refusalText(r.refusal);
    draw();
  };

  const seatRow = (conn: ClassConnection, s: SeatStatus): HTMLElement => {
    const w = words();
    const side = sideOfRole(s.role);
    const seat = s.role === 'mediator' ? 'mediator' : side !== null ? (cs.c.scenario.delegations[side]?.id ?? null) : null;
    const people = side === null || first.settings.people[side] === true;
    const hand = seat && people ? el('button', { text: s.ai ? w.toPeople : w.toAi, attrs: { type: 'button', 'data-seat-hand': s.role }, on: { click: () => void act(conn, { type: 'TEACHER_SEAT', seat, to: s.ai ? 'people' : 'ai' }) } }) : null;
    return el('li', { attrs: { 'data-seat': s.role } }, el('strong', { text: roleName(cs.c, s.role) }), s.team ? ` (${s.team})` : '', ': ', s.ai ? w.ai : s.devices > 0 ? w.devices(s.devices) : w.away, ' ', hand);
  };

  const card = (conn: ClassConnection, index: number): HTMLElement => {
    const w = words();
    const view = conn.mirror.view as MediatorWire;
    const s = view.state;
    const choices = injectChoices(cs.c, s);
    const inject = el('select', { attrs: { 'aria-label': w.inject, 'data-inject': index } }, ...choices.map((ch) => el('option', { text: ch.label, attrs: { value: ch.id } })));
    const controls: Child[] = s.outcome
      ? []
      : [
          el('button', { text: s.paused ? w.resume : w.pause, attrs: { type: 'button', 'data-control': 'pause' }, on: { click: () => void act(conn, { type: s.paused ? 'TEACHER_RESUME' : 'TEACHER_PAUSE' }) } }),
          el('button', { text: w.extend, attrs: { type: 'button', 'data-control': 'extend' }, on: { click: () => void act(conn, { type: 'TEACHER_EXTEND', hours: 2 }) } }),
          choices.length ? el('span', { class: 'class-inject' }, inject, el('button', { text: w.inject, attrs: { type: 'button', 'data-control': 'inject' }, on: { click: () => void act(conn, { type: 'TEACHER_INJECT', event: inject.value }) } })) : el('span', { class: 'muted small', text: w.injectNone }),
        ];
    // Every seat but the teacher's: the mediator, one per delegation, the observers.
    const roles: Role[] = rolesOf(cs.c.scenario.delegations.length).filter((r) => r !== 'teacher');
    return el(
      'article',
      { class: 'class-card', attrs: { 'data-game': index, 'data-phase': view.phase } },
      el('h2', { text: w.game(index + 1) }),
      el('p', {}, el('strong', { text: w.phase[view.phase] ?? view.phase }), ' · ', roundLabel(cs.c, s.round), s.paused ? ` · ${w.paused}` : ''),
      s.outcome ? el('p', { class: 'class-outcome', attrs: { 'data-outcome': s.outcome.id } }, `${w.outcome}: `, outcomeName(cs.c, s.outcome.id)) : null,
      el('p', { class: 'small' }, `${w.meters}: `, cs.c.scenario.escalation.rungs[Math.round(s.pressure)]?.name ?? '', ` · ${Math.round(s.progress)}`),
      el('ul', { class: 'class-seats', attrs: { 'aria-label': w.seats } }, ...conn.seats.filter((x) => roles.includes(x.role)).map((x) => seatRow(conn, x))),
      el('div', { class: 'row' }, ...controls),
    );
  };

  const all = (type: 'TEACHER_PAUSE' | 'TEACHER_RESUME') => void Promise.all(games.map((g) => g.act({ type }))).then(() => draw());

  const end = async () => {
    const r = await classApi.end(session.classId, session.token);
    if (!r.ok) return;
    ended = true;
    const saves = await classApi.saves(session.classId, session.token);
    if (!saves.ok) return;
    const files: ClassFile[] = saves.value.map((s) => ({ fileName: `${words().game(s.game + 1)}${Object.values(s.teams).length ? ` (${Object.values(s.teams).join(', ')})` : ''}`, text: JSON.stringify(s.save) }));
    const lookup = (id: string, hash: string): FoundScenario => {
      if (id !== cs.scenario.id) return { missing: 'id' };
      return hash === first.scenario.hash ? { scenario: cs.scenario, hash } : { missing: 'version', available: first.scenario.hash };
    };
    fill(comparison, el('h2', { text: words().compare }), ...classView(compareClass(files, lookup)));
    draw();
  };

  const draw = () => {
    const w = words();
    fill(
      root,
      el('header', { class: 'class-header' }, el('h1', { text: w.heading(session.code) })),
      el('section', { class: 'class-join' }, el('p', {}, `${w.joinAt} `, el('strong', { text: joinUrl, attrs: { 'data-join-url': '' } })), el('p', { class: 'class-code', text: session.code, attrs: { 'data-join-code': '' } }), qrCode(joinUrl, w.qr)),
      ended
        ? el('p', { class: 'class-ended', attrs: { role: 'status' }, text: w.ended })
        : el(
            'div',
            { class: 'row' },
            el('button', { text: w.pauseAll, attrs: { type: 'button', 'data-control': 'pause-all' }, on: { click: () => all('TEACHER_PAUSE') } }),
            el('button', { text: w.resumeAll, attrs: { type: 'button', 'data-control': 'resume-all' }, on: { click: () => all('TEACHER_RESUME') } }),
            el('button', { text: w.end, attrs: { type: 'button', 'data-control': 'end-class' }, on: { click: () => void end() } }),
          ),
      el('p', { class: 'error', attrs: { role: 'alert' }, text: message }),
      el('div', { class: 'class-cards' }, ...games.map(card)),
      comparison,
    );
  };
  for (const g of games) g.subscribe(draw);
  draw();
}
