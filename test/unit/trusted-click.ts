/** Overlay buttons act on trusted clicks only (lib/ui/trusted.ts); happy-dom cannot make one, so the flag is set by hand. */
export function trustedClick(target: Element): void {
  const click = new MouseEvent('click', { bubbles: true });
  Object.defineProperty(click, 'isTrusted', { value: true });
  target.dispatchEvent(click);
}
