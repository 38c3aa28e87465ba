import { REGISTRATION_FIELDS } from "./schema";

/** FormData → plain object of the form's fields plus the anti-spam fields (first value of each). */
export function formDataToObject(formData: FormData) {
  const out: Record<string, unknown> = {};
  for (const field of [...REGISTRATION_FIELDS, "website", "formToken"]) {
    const value = formData.get(field);
    if (typeof value === "string") out[field] = value;
  }
  return out;
}
