// "delegations[1].weights.security": the way a person reads a place in a file.
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(file)';
}

export function formatProblem(p: { path: readonly PropertyKey[]; message: string }): string {
  return `${formatPath(p.path)}: ${p.message}`;
}
