/** Version of the privacy policy / RODO information clause; stored with every consent. */
export const PRIVACY_POLICY_VERSION = "2026-11-29";

/** The coordinators' address from the coalition's call. */
export const COORDINATORS_EMAIL = "lesya@kalejdoskopkultur.pl";
