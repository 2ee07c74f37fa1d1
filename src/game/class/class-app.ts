// The class server's pages in the browser, instead of the single-device game when the address
// asks for them: `?class=teach` (open a class, then its dashboard), `?class=join[&code=…]` (a
// student takes a seat), `?class=play` (the seat's screen: mediator, delegation or observer).
// Loaded only for these addresses: the single-device game makes no network call.
import { isDelegationRole } from '../../net/index.ts';
import { netWords } from '../../present/index.ts';
import { el, fill } from '../dom/el.ts';
import { createStorage } from '../shell/storage.ts';
import { ClassConnection } from './connection.ts';
import { mountDashboard } from './dashboard.ts';
import { mountDelegationScreen } from './delegation-screen.ts';
import { keepSeat, mountJoinPage, readSeat } from './join-page.ts';
import { mountMediatorScreen } from './mediator-screen.ts';
import { roleLabel } from './parts.ts';
import { keepTeacherSession, mountOpenPage, readTeacherSession } from './open-page.ts';
import { classScenario, classScenarios } from './scenario.ts';
import { classApi } from './api.ts';
import './class.css';

function store(win: Window, kind: 'localStorage' | 'sessionStorage'): Storage | null {
  try {
    return win[kind];
  } catch {
    return null;
  }
}

export async function runClassroom(doc: Document, win: Window): Promise<void> {
  const root = el('main', { class: 'class-app', id: 'class-app' });
  doc.getElementById('app')?.setAttribute('hidden', '');
  doc.body.appendChild(root);
  doc.title = netWords().title;
  const storage = createStorage(() => undefined);
  const params = new URLSearchParams(win.location.search);
  const origin = win.location.origin;
  const go = (query: string) => win.location.assign(`${win.location.pathname}?${query}`);

  switch (params.get('class')) {
    case 'teach': {
      const session = readTeacherSession(store(win, 'sessionStorage'));
      if (session && params.get('id') === session.classId) return mountDashboard(root, storage, session, origin);
      return mountOpenPage(
        root,
        await classScenarios(storage),
        (s) => {
          keepTeacherSession(store(win, 'sessionStorage'), s);
          go(`class=teach&id=${encodeURIComponent(s.classId)}`);
        },
        () => go('class=join'),
      );
    }
    case 'play': {
      const seat = readSeat(store(win, 'localStorage'));
      if (!seat) return go('class=join');
      fill(root, el('p', { text: netWords().loading }));
      const conn = await ClassConnection.open(origin, seat.token, seat.roomId).catch(() => ClassConnection.open(origin, seat.token));
      const info = conn.mirror.info;
      const cs = await classScenario(storage, info.scenario.id, info.scenario.hash, info.settings, () => classApi.scenario(seat.token));
      if (!cs) return fill(root, el('p', { class: 'error', text: netWords().failed(info.scenario.id) }));
      root.dataset.role = info.role;
      if (isDelegationRole(info.role)) return mountDelegationScreen(root, cs, conn);
      return mountMediatorScreen(root, cs, conn, info.role !== 'mediator');
    }
    default: {
      mountJoinPage(
        root,
        params.get('code'),
        roleLabel,
        (seat) => {
          keepSeat(store(win, 'localStorage'), seat);
          go('class=play');
        },
      );
    }
  }
}
