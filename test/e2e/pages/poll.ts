/** Re-reads a page state every 200 ms until `predicate` holds (overlays tick once a second); throws with the last state. */
export async function pollUntil<T>(label: string, read: () => Promise<T>, predicate: (state: T) => boolean, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let state = await read();
  while (!predicate(state)) {
    if (Date.now() > deadline) throw new Error(`${label} never matched; last: ${JSON.stringify(state)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    state = await read();
  }
  return state;
}
