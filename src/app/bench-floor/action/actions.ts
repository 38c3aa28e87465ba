"use server";

import { redirect } from "next/navigation";

/** Does nothing but what every form action of the portal does last: answer with a redirect. */
export async function benchFloorAction(formData: FormData) {
  redirect(`/bench-floor/action?sent=${formData instanceof FormData && formData.get("n") !== null ? 1 : 0}`);
}
