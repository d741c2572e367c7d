import { useEffect, type RefObject } from "react";

/**
 * When the control a person is on disappears — a row removed with its « Retirer », a « Modifier » swapped for its
 * form, a notice dismissed, « Charger plus » gone with the last page — the browser drops the focus to the top of
 * the page (WCAG 2.4.3). This puts it on the heading of the innermost section still shown that held the control,
 * so the next Tab goes on from there. Places that know a better target (the next row's button) move the focus
 * themselves first: this acts only when the focus is on nothing and the control it was on has just been removed.
 */
/** Marks the element of a section that rescues the focus (Section.tsx sets it). */
export const RESCUE_ATTRIBUTE = "data-focus-rescue";

export function useFocusRescue(section: RefObject<HTMLElement | null>, heading: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const root = section.current;
    if (!root) return;
    let last: Element | undefined;
    const onFocusIn = (event: FocusEvent) => {
      if (event.target instanceof Element) last = event.target;
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
      if (host === root && root.isConnected && (active === null || active === document.body)) heading.current?.focus();
    });
    root.addEventListener("focusin", onFocusIn);
    document.addEventListener("pointerdown", onPointerDown, true);
    observer.observe(root, { childList: true, subtree: true });
    return () => {
      root.removeEventListener("focusin", onFocusIn);
      document.removeEventListener("pointerdown", onPointerDown, true);
      observer.disconnect();
    };
  }, [section, heading]);
}
