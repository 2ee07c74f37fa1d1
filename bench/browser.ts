export interface BrowserBenchResult { ok: boolean }
export async function runBrowserBench(): Promise<BrowserBenchResult> { return { ok: false }; }
