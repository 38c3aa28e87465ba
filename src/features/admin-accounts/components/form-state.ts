/** What the account forms' actions return: message keys, translated in the forms. */
export type AccountFormState = {
  fieldErrors?: Record<string, string>;
  formError?: string;
  /** what was typed, to put back into the fields after an error */
  values?: { name?: string; email?: string; role?: string; voivodeships?: string[] };
};

/** The password forms (invitation, reset) and the "forgot password" form. */
export type PasswordFormState = {
  fieldErrors?: Record<string, string>;
  formError?: string;
  email?: string;
};
