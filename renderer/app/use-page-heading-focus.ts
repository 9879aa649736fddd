import { useLayoutEffect } from 'react';

/**
 * Moves focus to the new page's main heading whenever `key` changes (a route change, or the first screen
 * after sign-in), so a keyboard or screen-reader user starts at the top of what they just opened rather
 * than on the page body. A heading drawn with the page takes focus in that same commit (a layout effect), so
 * nobody can have started typing elsewhere; a page that loads its data first gets its heading focused when
 * it appears (up to 5 s), unless the user has put focus somewhere meanwhile.
 */
export function usePageHeadingFocus(key: string): void {
  useLayoutEffect(() => {
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
    // Where focus was as the page opened (the link that opened it): still there, dropped, or inside the new page, it moves on.
    const opener = document.activeElement;
    const userMovedFocus = () => {
      const now = document.activeElement;
      return now !== null && now !== opener && now !== document.body && now.isConnected && !main.contains(now);
    };
    const observer = new MutationObserver(() => {
      if (!main.querySelector('h1')) return;
      observer.disconnect();
      if (!userMovedFocus()) focusHeading();
    });
    observer.observe(main, { childList: true, subtree: true });
    const giveUp = setTimeout(() => observer.disconnect(), 5_000);
    return () => {
      observer.disconnect();
      clearTimeout(giveUp);
    };
  }, [key]);
}
