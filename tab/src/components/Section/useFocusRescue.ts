import { useEffect, type RefObject } from "react";

/** Marks an element that rescues the focus: a section (Section.tsx) and the page (AppShell.tsx). */
export const RESCUE_ATTRIBUTE = "data-focus-rescue";

/**
 * When the control a person is on disappears — a row removed with its « Retirer », a « Modifier » swapped for its
 * form, a notice dismissed, « Afficher plus » gone with the last page — the browser drops the focus to the top of
 * the page (WCAG 2.4.3). This puts it on `target(removal)` of the innermost rescuing element still shown that held
 * the control (a section's heading; for the page, the heading of the section that follows where it was), so the
 * next Tab goes on from there. It acts only when the focus is on nothing, in this page, and the control it was on
 * has just been removed: a place that moves the focus itself (in a layout effect, which runs before this) keeps
 * its choice.
 */
export function useFocusRescue(
  section: RefObject<HTMLElement | null>,
  target: (removal: MutationRecord) => HTMLElement | null | undefined,
) {
  useEffect(() => {
    const root = section.current;
    if (!root) return;
    let last: Element | undefined;
    const onFocusIn = (event: FocusEvent) => {
      if (event.target instanceof Element) last = event.target;
    };
    // The focus went to another control outside the section (a popover in a portal counts as leaving).
    const onFocusOut = (event: FocusEvent) => {
      if (event.relatedTarget instanceof Node && !root.contains(event.relatedTarget)) last = undefined;
    };
    // A click elsewhere (on the page's background, say) leaves the focus on nothing by choice.
    const onPointerDown = (event: PointerEvent) => {
      if (last && !(event.target instanceof Node && last.contains(event.target))) last = undefined;
    };
    // Every section around the control sees its removal; the innermost one around where it was takes the focus.
    const observer = new MutationObserver((records) => {
      const removed = last;
      if (!removed || removed.isConnected) return;
      const removal = records.find((r) => [...r.removedNodes].some((node) => node.contains(removed)));
      if (!removal) return;
      last = undefined;
      const host = removal.target instanceof Element ? removal.target.closest(`[${RESCUE_ATTRIBUTE}]`) : null;
      const active = document.activeElement;
      const onNothing = active === null || active === document.body;
      // Not while the person is in another frame (Teams around the tab) or another window.
      if (host === root && root.isConnected && onNothing && document.hasFocus())
        target(removal)?.focus({ preventScroll: true });
    });
    root.addEventListener("focusin", onFocusIn);
    root.addEventListener("focusout", onFocusOut);
    document.addEventListener("pointerdown", onPointerDown, true);
    observer.observe(root, { childList: true, subtree: true });
    return () => {
      root.removeEventListener("focusin", onFocusIn);
      root.removeEventListener("focusout", onFocusOut);
      document.removeEventListener("pointerdown", onPointerDown, true);
      observer.disconnect();
    };
  }, [section, target]);
}
