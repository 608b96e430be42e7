/** A read of page state that does not answer in `ms` fails with its label (a hung evaluate would otherwise show only as the test's timeout). */
export async function within<T>(label: string, read: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label}: no answer in ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([read, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Re-reads a page state every 200 ms until `predicate` holds (overlays tick once a second); throws with the last state. */
export async function pollUntil<T>(label: string, read: () => Promise<T>, predicate: (state: T) => boolean, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  // Each read gets the time left and a little more: a read that hangs fails here, named, not at the test's timeout.
  const readInTime = () => within(`${label} (read)`, read(), Math.max(deadline - Date.now(), 0) + 5_000);
  let state = await readInTime();
  while (!predicate(state)) {
    if (Date.now() > deadline) throw new Error(`${label} never matched; last: ${JSON.stringify(state)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    state = await readInTime();
  }
  return state;
}
