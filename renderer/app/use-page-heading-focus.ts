import { useEffect } from 'react';

/**
 * Moves focus to the new page's main heading whenever `key` changes (a route change, or the first screen
 * after sign-in), so a keyboard or screen-reader user starts at the top of what they just opened rather
 * than on the page body. Screens load their data first: this waits (up to 5 s) for the heading to appear.
 */
export function usePageHeadingFocus(key: string): void {
  useEffect(() => {
    const main = document.getElementById('main-content');
    if (!main) return;
    const focusHeading = (): boolean => {
      const heading = main.querySelector<HTMLElement>('h1');
      if (!heading) return false;
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: false });
      return true;
    };
    if (focusHeading()) return;
    const observer = new MutationObserver(() => {
      if (focusHeading()) observer.disconnect();
    });
    observer.observe(main, { childList: true, subtree: true });
    const giveUp = setTimeout(() => observer.disconnect(), 5_000);
    return () => {
      observer.disconnect();
      clearTimeout(giveUp);
    };
  }, [key]);
}
