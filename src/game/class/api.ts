// The class server's HTTP requests from the browser, on the page's own origin. Nothing here runs
// unless the player opens the class pages: the single-device game makes no network call.
import type { ClassInfo, ClassSave, JoinInfo, OpenClass, OpenedClass, SeatTaken, SentScenarioText, TakeSeat } from '../../net/index.ts';

export type Answer<T> = { ok: true; value: T } | { ok: false; error: string; status: number };

async function call<T>(path: string, init: RequestInit = {}): Promise<Answer<T>> {
  try {
    const res = await fetch(`./api${path}`, { ...init, headers: { 'content-type': 'application/json', ...(init.headers ?? {}) } });
    const body = (await res.json()) as T & { error?: string };
    return res.ok ? { ok: true, value: body } : { ok: false, error: body.error ?? String(res.status), status: res.status };
  } catch {
    return { ok: false, error: '', status: 0 };
  }
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

export const classApi = {
  open: (setup: Partial<OpenClass>) => call<OpenedClass>('/classes', { method: 'POST', body: JSON.stringify(setup) }),
  info: (classId: string, token: string) => call<ClassInfo>(`/classes/${encodeURIComponent(classId)}`, { headers: bearer(token) }),
  end: (classId: string, token: string) => call<{ ended: boolean }>(`/classes/${encodeURIComponent(classId)}/end`, { method: 'POST', headers: bearer(token) }),
  saves: (classId: string, token: string) => call<ClassSave[]>(`/classes/${encodeURIComponent(classId)}/saves`, { headers: bearer(token) }),
  lookup: (code: string) => call<JoinInfo>(`/join/${encodeURIComponent(code)}`),
  take: (code: string, seat: TakeSeat) => call<SeatTaken>(`/join/${encodeURIComponent(code)}`, { method: 'POST', body: JSON.stringify(seat) }),
  /** The class's own scenario file (a class pack), for a seat whose copy of the game lacks it. */
  scenario: (token: string) => call<SentScenarioText>('/seat/scenario', { method: 'POST', body: JSON.stringify({ token }) }),
  /** The same, for the teacher's dashboard. */
  teacherScenario: (classId: string, token: string) => call<SentScenarioText>(`/classes/${encodeURIComponent(classId)}/scenario`, { headers: bearer(token) }),
  seat: (token: string) => call<{ roomId: string; role: string; game: number; classId: string }>('/seat', { method: 'POST', body: JSON.stringify({ token }) }),
};
