import { useEffect, useRef, type RefObject } from "react";

/**
 * Returns `request()`: the element of `ref` takes the focus after the next render in which it exists. A form's error
 * summary needs this when the check that found the errors ends in a later task than the click (the validator is
 * loaded on first use, docs/decisions/017), so the summary may not be on the screen yet when it is asked for.
 */
export function useFocusAfterRender(ref: RefObject<HTMLElement | null>) {
  const pending = useRef(false);
  useEffect(() => {
    if (pending.current && ref.current) {
      pending.current = false;
      ref.current.focus();
    }
  });
  return () => {
    pending.current = true;
  };
}
