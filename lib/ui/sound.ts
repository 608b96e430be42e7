/**
 * A short two-tone beep when a buyer's wait crosses a threshold (off by
 * default). Synthesised with Web Audio: no sound file, no network.
 */
let context: AudioContext | null = null;

export function playBreachSound(win: Window): void {
  try {
    const Ctor = (win as Window & { AudioContext?: typeof AudioContext }).AudioContext;
    if (!Ctor) return;
    context ??= new Ctor();
    const now = context.currentTime;
    [880, 660].forEach((frequency, i) => {
      const osc = context!.createOscillator();
      const gain = context!.createGain();
      osc.frequency.value = frequency;
      gain.gain.setValueAtTime(0.08, now + i * 0.15);
      gain.gain.exponentialRampToValueAtTime(0.0001, now + i * 0.15 + 0.14);
      osc.connect(gain).connect(context!.destination);
      osc.start(now + i * 0.15);
      osc.stop(now + i * 0.15 + 0.15);
    });
  } catch {
    /* audio blocked until the agent interacts with the page: stay silent */
  }
}
