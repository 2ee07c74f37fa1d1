// A scenario may write a source's address without its scheme ("iaea.org/..."): every place that
// shows or links a source gives it one the same way.
export function sourceUrl(url: string): string {
  return /^https?:\/\//i.test(url) ? url : `https://${url}`;
}
