/**
 * A control that waits while a change is saved, without being disabled: a disabled control drops the keyboard focus
 * to the page (WCAG 2.4.3). It says it is unavailable (aria-disabled) and ignores a change meanwhile.
 */
export function waitWhileBusy<A extends unknown[]>(busy: boolean, onChange: (...args: A) => void) {
  return {
    "aria-disabled": busy,
    onChange: (...args: A) => {
      if (!busy) onChange(...args);
    },
  };
}
