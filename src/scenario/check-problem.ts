// What every cross-field check reports: a field's path and a message, as the schema's own
// problems are (the loader places them in the file). One type and one collector for all checks.
export interface CheckProblem {
  path: (string | number)[];
  message: string;
}

/** An empty list of problems and the function that adds to it. */
export function collector(): { problems: CheckProblem[]; add: (path: (string | number)[], message: string) => void } {
  const problems: CheckProblem[] = [];
  return { problems, add: (path, message) => void problems.push({ path, message }) };
}
