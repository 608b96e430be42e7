/**
 * Overlay buttons act only on the agent's own clicks. The overlays sit in
 * open shadow roots, which any page script can reach (and a closed root
 * would not stop a script that patches attachShadow first), so a page could
 * otherwise "click" 仍然发送 or the other buttons itself. Only the browser
 * marks an event as trusted; `isTrusted` cannot be set or faked by script.
 */
export function onTrusted<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) handler(event);
  };
}
