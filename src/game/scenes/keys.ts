// The scene keys `window.__shuttle.scene()` reports, in the order a game passes them.
export const SCENE_KEYS = ['boot', 'preload', 'title', 'briefing', 'hall', 'room', 'news', 'outcome'] as const;
export type SceneKey = (typeof SCENE_KEYS)[number];

/** The scenes that fill the screen one at a time (boot runs beside them, loading art). */
export const MAIN_SCENES: readonly SceneKey[] = ['preload', 'title', 'briefing', 'hall', 'room', 'news', 'outcome'];
