/**
 * A link the popup opens in a new tab through `onOpenTab` (browser.tabs.create,
 * entrypoints/popup/main.tsx) rather than by the anchor's own navigation; the
 * href stays for what the link shows on hover and for copying it.
 */
import type { ComponentChildren } from 'preact';

interface TabLinkProps {
  href: string;
  onOpenTab: (url: string) => void;
  testId?: string;
  children: ComponentChildren;
}

export function TabLink({ href, onOpenTab, testId, children }: TabLinkProps) {
  return (
    <a
      href={href}
      target="_blank"
      rel="noreferrer"
      data-testid={testId}
      onClick={(e) => {
        e.preventDefault();
        onOpenTab(href);
      }}
    >
      {children}
    </a>
  );
}
