/**
 * Text from a file the person loaded (mission names, crew, statuses, notes). It has no entry in
 * the translation tables, and that is no fault of the app: where a table lacks it, it is shown as
 * the person wrote it, and not reported as a missing translation (which the browser tests fail
 * on). A phrase that the tables do know is still translated, like the bundled data's.
 */
const userText = new Set<string>();

/** Remember every string anywhere inside a value read from the person's file. */
export function markUserText(value: unknown): void {
  if (typeof value === 'string') userText.add(value);
  else if (Array.isArray(value)) for (const v of value) markUserText(v);
  else if (value && typeof value === 'object')
    for (const v of Object.values(value)) markUserText(v);
}

export function isUserText(text: string): boolean {
  return userText.has(text);
}
