// `?inspect` in the address opens the Stately inspector so a class can watch the machine live.
// It is loaded by a dynamic import only then, so it costs nothing otherwise.
import type { InspectionEvent } from 'xstate';

export async function inspectorFor(search: string): Promise<((event: InspectionEvent) => void) | undefined> {
  if (!new URLSearchParams(search).has('inspect')) return undefined;
  try {
    const { createBrowserInspector } = await import('./stately.ts');
    const inspector = createBrowserInspector();
    return (event) => inspector.inspect.next?.(event);
  } catch {
    return undefined;
  }
}
