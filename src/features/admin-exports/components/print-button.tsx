"use client";

import { useEffect, useState } from "react";

/** Opens the browser's print dialog. Shown only once JavaScript runs; without it, the browser's own Print works. */
export function PrintButton({ label }: { label: string }) {
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  if (!ready) return null;
  return (
    <button type="button" className="button" onClick={() => window.print()}>
      {label}
    </button>
  );
}
