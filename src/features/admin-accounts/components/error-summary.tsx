"use client";

import { useEffect, useRef } from "react";
import { ErrorSummary } from "@/components/ui/form-fields";

type Props = {
  title: string;
  /** an error about the whole form (e.g. "this link no longer works") */
  formError?: string;
  /** field errors, each linking to its field */
  errors: Array<{ field: string; label: string; message: string }>;
  /** the action's state: focus moves here each time a new answer comes back */
  state: unknown;
};

/** The shared error summary, focused when errors come back so that screen readers announce them. */
export function FocusedErrorSummary({ state, ...summary }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [state]);
  return <ErrorSummary {...summary} summaryRef={ref} />;
}
